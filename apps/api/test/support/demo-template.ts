/** The demo city seeded once per run, which every demo suite copies (CREATE DATABASE … TEMPLATE). */
export const DEMO_TEMPLATE_DATABASE = 'loa_demo_template';
