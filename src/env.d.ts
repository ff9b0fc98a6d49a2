declare namespace App {
  interface Locals {
    /** The languages whose UI strings this page already carries (src/components/PageStrings.astro). */
    alPageStrings?: Set<import('./i18n').Locale>;
  }
}
