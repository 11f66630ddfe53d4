declare namespace App {
  interface Locals {
    /** Set by the report page (src/pages/bao-cao/index.astro) for the components its narrative places. */
    report?: import('./data/report/page-view.ts').ReportLocals;
  }
}
