/**
 * Which files under content/ are content, and their text. The same rules hold for the staff
 * checker, the build and the Astro loader, since they all read through here: one folder level,
 * no sub-folders; names starting with "_" or "." and README.md are skipped; file names are ASCII
 * slugs; text is UTF-8 (a byte-order mark, as Windows editors write, is accepted and dropped).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { SLUG_PATTERN } from '../schemas/index.ts';
import type { ContentProblem } from '../schemas/friendly-errors.ts';
import { fileProblem } from './parse.ts';

export interface ContentFile {
  /** Path from the project root, with "/" separators: "content/procedures/dang-ky-khai-sinh.md". */
  file: string;
  /** The file name without its extension: the entry's id and URL slug. */
  id: string;
  ext: string;
  abs: string;
}

const posix = (p: string) => p.split('\\').join('/');

/** The content files in one collection folder, sorted by name, and the problems with the others. */
export function listFolder(root: string, folder: string, exts: readonly string[]): { files: ContentFile[]; problems: ContentProblem[] } {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const target = join(root, folder);
  if (!existsSync(target)) return { files, problems };
  const seen = new Map<string, string>();
  for (const name of readdirSync(target).sort()) {
    if (name.startsWith('_') || name.startsWith('.') || name === 'README.md') continue;
    const abs = join(target, name);
    const ext = extname(name);
    const file = posix(relative(root, abs));
    if (statSync(abs).isDirectory()) {
      problems.push(fileProblem(file, `thư mục con không được đọc; đặt tệp thẳng trong ${posix(folder)}/ / sub-folders are not read`));
      continue;
    }
    if (!exts.includes(ext)) {
      problems.push(fileProblem(file, `tệp có đuôi "${ext}" không được đọc ở đây; dùng ${exts.join(' hoặc ')} / unexpected file type`));
      continue;
    }
    const id = basename(name, ext);
    if (!SLUG_PATTERN.test(id)) {
      problems.push(
        fileProblem(
          file,
          `tên tệp "${id}" phải không dấu, chữ thường, nối bằng gạch ngang, ví dụ "dang-ky-khai-sinh${ext}" / file names must be ASCII slugs`,
        ),
      );
      continue;
    }
    if (seen.has(id)) {
      problems.push(fileProblem(file, `mã "${id}" trùng với ${seen.get(id)}; đổi tên một tệp / duplicate id`));
      continue;
    }
    seen.set(id, file);
    files.push({ file, id, ext, abs });
  }
  return { files, problems };
}

/** One named file (fields.json, settings.json...), or a problem when it is missing. */
export function namedFile(root: string, path: string): ContentFile | ContentProblem {
  const abs = join(root, path);
  const file = posix(path);
  if (!existsSync(abs)) return fileProblem(file, `thiếu tệp ${file} / missing file`);
  const ext = extname(file);
  return { file, id: basename(file, ext), ext, abs };
}

/** The text of a content file: UTF-8, with a leading byte-order mark dropped. */
export function readText(f: ContentFile): string | ContentProblem {
  const bytes = readFileSync(f.abs);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileProblem(f.file, 'tệp được lưu bằng mã UTF-16; mở tệp và lưu lại với mã UTF-8 / the file is UTF-16: save it as UTF-8', 1);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const view = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    const loose = new TextDecoder('utf-8').decode(view);
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
    return fileProblem(
      f.file,
      'tệp không phải mã UTF-8 (có thể lưu bằng Windows-1258 hoặc TCVN3), nên chữ có dấu sẽ hỏng; mở tệp và lưu lại với mã UTF-8 / the file is not UTF-8: save it as UTF-8',
      line,
    );
  }
}
