import { useQuery } from '../../api/query';
import type { DocumentInput } from './options';

/** The programme document as HTML, for the live preview (the same page the PDF is printed from). */
export function useDocumentHtml(input: DocumentInput, enabled = true) {
  return useQuery('documents:html', input, { enabled });
}
