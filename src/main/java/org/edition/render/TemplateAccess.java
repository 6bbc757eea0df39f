package org.edition.render;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.Set;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

/**
 * What a template may call on the objects it is given: the public instance methods the edition's own
 * classes declare (record components such as {@code report.id}, and methods such as
 * {@code report.headedSections()}), reading an {@link Optional}, and nothing else — no constructor, no field, no static method, and
 * no method of a Java class, so {@code getClass()}, class loaders, reflection, threads or files stay
 * out of reach whatever object a template holds.
 */
final class TemplateAccess implements MemberAccessPolicy {
    private static final String OURS = "org.edition.";
    /** The methods of {@link Optional} a template may call to read an optional value. */
    private static final Set<String> OPTIONAL = Set.of("isPresent", "isEmpty", "get", "orElse");

    private static final ClassMemberAccessPolicy POLICY = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            if (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())
                    || returnsReflection(method)) {
                return false;
            }
            return isOurs(method.getDeclaringClass())
                    || method.getDeclaringClass() == Optional.class && OPTIONAL.contains(method.getName());
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return POLICY;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }

    private static boolean isOurs(Class<?> c) {
        return c.getName().startsWith(OURS);
    }

    private static boolean returnsReflection(Method method) {
        Class<?> type = method.getReturnType();
        return type == Class.class || ClassLoader.class.isAssignableFrom(type) || type.getName().startsWith("java.lang.reflect.")
                || type.getName().startsWith("java.lang.invoke.") || type == Thread.class;
    }
}
