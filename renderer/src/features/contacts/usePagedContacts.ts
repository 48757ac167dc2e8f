import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Contact, ContactRole } from '../../../../shared/domain/contact';
import { useApi } from '../../api/context';
import { callSafely } from '../../api/mutation';
import { useQuery, type QueryError } from '../../api/query';

/** Rows per `contacts:list` call while scrolling: a few screens' worth. */
export const PAGE_SIZE = 100;
/**
 * `contacts:list` filters by text and organisation but not by role. With a role filter the
 * matching contacts are read in large pages and filtered here (roles such as interpreter or
 * driver are a small part of a large address book, so the result is short).
 */
const SCAN_PAGE_SIZE = 1_000;

export interface ContactFilter {
  query: string;
  organisationId: string | null;
  role: ContactRole | null;
}

export interface PagedContacts {
  /** Matching contacts in all; null until known. */
  total: number | null;
  /** One entry per matching contact, in address-book order; undefined where not loaded yet. */
  rows: readonly (Contact | undefined)[];
  /** Load the page that holds row `index` (placeholder rows call it when they come into view). */
  requestRow: (index: number) => void;
  status: 'idle' | 'loading' | 'success' | 'error';
  error: QueryError | undefined;
  reload: () => void;
}

/**
 * The address book as a long list loaded page by page (limit/offset) as it scrolls, so thousands
 * of contacts cost a few small calls. The first page is a query (it re-runs after every contact
 * write); when it comes back, the other pages held are read again so the list stays current.
 */
export function usePagedContacts(filter: ContactFilter, enabled: boolean): PagedContacts {
  const call = useApi();
  const scan = filter.role !== null;
  const pageSize = scan ? SCAN_PAGE_SIZE : PAGE_SIZE;
  const base = useMemo(
    () => ({ query: filter.query.trim(), organisationId: filter.organisationId ?? undefined }),
    [filter.query, filter.organisationId],
  );
  const key = JSON.stringify([base, pageSize]);
  const first = useQuery('contacts:list', { ...base, limit: pageSize, offset: 0 }, { enabled });

  // Pages after the first, for the filter they were read with (a new filter starts afresh).
  const [held, setHeld] = useState<{ key: string; pages: ReadonlyMap<number, Contact[]> }>({ key, pages: new Map() });
  const pages = held.key === key ? held.pages : EMPTY_PAGES;
  const pagesRef = useRef(pages);
  pagesRef.current = pages;
  const inFlight = useRef(new Set<string>());

  const fetchPage = useCallback(
    (page: number) => {
      const token = `${key}#${page}`;
      if (inFlight.current.has(token)) return;
      inFlight.current.add(token);
      void callSafely(call, 'contacts:list', { ...base, limit: pageSize, offset: page * pageSize }).then((result) => {
        inFlight.current.delete(token);
        if (!result.ok) return; // the row stays a placeholder; scrolling asks again
        setHeld((previous) => {
          const pagesNow = previous.key === key ? previous.pages : EMPTY_PAGES;
          return { key, pages: new Map(pagesNow).set(page, result.value.contacts) };
        });
      });
    },
    [call, base, pageSize, key],
  );

  // The first page came (back): read again the pages held, or in a role scan, all the others.
  const total = first.data?.total;
  useEffect(() => {
    if (first.data === undefined || total === undefined) return;
    const pageCount = Math.ceil(total / pageSize);
    if (scan) {
      for (let page = 1; page < pageCount; page++) fetchPage(page);
    } else {
      for (const page of pagesRef.current.keys()) if (page < pageCount) fetchPage(page);
    }
    // Only a new answer for the first page triggers this (fetchPage and scan change with the
    // filter, and so does first.data).
  }, [first.data]);

  const requestRow = useCallback(
    (index: number) => {
      const page = Math.floor(index / pageSize);
      if (page === 0 || pagesRef.current.has(page)) return;
      fetchPage(page);
    },
    [fetchPage, pageSize],
  );

  const role = filter.role;
  const { rows, knownTotal } = useMemo(() => {
    const data = first.data;
    if (!data) return { rows: EMPTY_ROWS, knownTotal: null };
    if (role) {
      const pageCount = Math.ceil(data.total / pageSize);
      const all: Contact[] = [...data.contacts];
      let complete = true;
      for (let page = 1; page < pageCount; page++) {
        const contacts = pages.get(page);
        if (contacts) all.push(...contacts);
        else complete = false;
      }
      const matching = all.filter((contact) => contact.role === role);
      return { rows: matching, knownTotal: complete ? matching.length : null };
    }
    const out = new Array<Contact | undefined>(data.total);
    data.contacts.forEach((contact, i) => (out[i] = contact));
    for (const [page, contacts] of pages) {
      const start = page * pageSize;
      contacts.forEach((contact, i) => {
        if (start + i < out.length) out[start + i] = contact;
      });
    }
    return { rows: out, knownTotal: data.total };
  }, [first.data, pages, pageSize, role]);

  return {
    total: knownTotal,
    rows,
    requestRow,
    status: first.status,
    error: first.status === 'error' ? first.error : undefined,
    reload: first.reload,
  };
}

const EMPTY_PAGES: ReadonlyMap<number, Contact[]> = new Map();
const EMPTY_ROWS: readonly Contact[] = [];
