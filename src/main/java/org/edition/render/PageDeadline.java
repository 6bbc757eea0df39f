package org.edition.render;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;

/**
 * The time a template may work on one page. A loop that writes nothing ({@code <#list 1..2000000000 as i></#list>})
 * never reaches the page's length limit, so every template FreeMarker loads — the page's and those it
 * includes or imports — gets a check of its thread's interrupt flag in each of its loops and macro bodies
 * (FreeMarker's own {@code _CoreAPI.addThreadInterruptedChecks}), and a timer interrupts the thread that
 * fills a page when the page's time is up. The flag is cleared again if the timer fires as the page is
 * finished, so the thread (a pool's worker) goes on uninterrupted.
 */
final class PageDeadline {
    private enum State { RUNNING, ENDED, PASSED }

    /** One daemon thread for the timers of every build in the process. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final Thread thread;
    /** Guarded by this: the timer's interrupt and the page's end exclude each other. */
    private State state = State.RUNNING;
    private final ScheduledFuture<?> alarm;

    private PageDeadline(Duration limit) {
        this.thread = Thread.currentThread();
        this.alarm = TIMER.schedule(this::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Starts the time of a page filled by the current thread. */
    static PageDeadline start(Duration limit) {
        return new PageDeadline(limit);
    }

    private synchronized void expire() {
        if (state == State.RUNNING) {
            state = State.PASSED;
            thread.interrupt();
        }
    }

    /** Whether the page's time ran out before it was finished. */
    synchronized boolean passed() {
        return state == State.PASSED;
    }

    /**
     * The page is done (or failed): the timer is stopped, and the interrupt it made, if any, cleared — the
     * interrupt is made under the same lock, so it cannot land after this.
     */
    synchronized void end() {
        if (state == State.RUNNING) {
            state = State.ENDED;
            alarm.cancel(false);
        } else if (state == State.PASSED) {
            Thread.interrupted();
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "edition-page-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * A configuration whose every template, however loaded (by name, include or import: FreeMarker loads
     * them all through this method), has the interrupt checks, added once, before any thread fills it.
     */
    static final class CheckedConfiguration extends Configuration {
        private final Map<Template, Boolean> checked = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

        CheckedConfiguration(Version version) {
            super(version);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding, boolean parseAsFTL,
                boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (template != null) {
                synchronized (checked) {
                    if (checked.putIfAbsent(template, Boolean.TRUE) == null) {
                        freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
            }
            return template;
        }
    }
}
