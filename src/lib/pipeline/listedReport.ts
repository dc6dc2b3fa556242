/** The row of a file that gives no report (unsupported, unreadable, refused): every column empty. */
import type { Report } from '../extract/types.ts';

/** `dir/sub/fujian-x-2023.txt` -> `fujian-x-2023.txt`. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** `dir/sub/fujian-x-2023.txt` -> `fujian-x-2023`: the report id of a file. */
export function stem(name: string): string {
  return baseName(name).replace(/\.[^.]+$/, '');
}

export function emptyReport(
  id: string,
  file: string,
  status: Report['status'],
  message: string,
  encoding = '',
): Report {
  return {
    report_id: id,
    source_file: file,
    source_url: '',
    title: '',
    issuing_body: '',
    body_key: '',
    body_level: '',
    scope: '',
    report_year: null,
    publish_date: '',
    format_version: 'none',
    format_variant: '',
    tables_found: '',
    text_truncated: false,
    province: '',
    city: '',
    district: '',
    region_code: '',
    encoding,
    status,
    message,
    narrative_chars: null,
    narrative_signature: '',
  };
}
