/** The downloadable CSV template (public/data/template.csv), a few rows of the shipped data. */
export const CSV_TEMPLATE_URL = `${import.meta.env.BASE_URL}data/template.csv`;
export const CSV_TEMPLATE_FILE_NAME = 'bilateral-engagements-template.csv';

/** The same template as an Excel workbook (public/data/template.xlsx, from scripts/template-xlsx.ts). */
export const XLSX_TEMPLATE_URL = `${import.meta.env.BASE_URL}data/template.xlsx`;

/** What the file pickers accept. */
export const DATASET_FILE_ACCEPT = '.json,.csv,.tsv,.txt,.xlsx,application/json,text/csv';
