package org.edition.cli;
public class EditionCommand { public static void main(String[] a) { System.out.println("hi"); } }
