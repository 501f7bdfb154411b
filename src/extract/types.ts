/** What a page says about its product, as far as it says it. */
export interface ProductFacts {
  title: string | null;
  brand: string | null;
  /** The shop's category path, broadest first ("Skincare", "Treatments", "Face Serums"). */
  breadcrumbs: string[];
  /** The shop's own category words where it prints them (JSON-LD `category`, a data layer). */
  category: string | null;
  /** The selected shade, size or variant, where the list depends on it. */
  variant: string | null;
}

/** An ingredient list as found on a page. */
export interface FoundList {
  text: string;
  /** Which adapter found it ("sephora", "generic: heading"). */
  source: string;
}

/** An ingredient list as an adapter found it. */
export interface ListReading extends FoundList {
  /** The element holding the list, for the in-page highlight; null when it came from data (JSON). */
  element: Element | null;
}

/** One shop layout's reading of a page. */
export interface AdapterReading {
  list: ListReading | null;
  facts: Partial<ProductFacts>;
  /** This layout says the page is one product (not a search, a category or a blog post). */
  isProductPage: boolean;
}

/**
 * A shop layout: which pages it reads, and how it reads them. Adapters are tried in order and
 * the generic one last; one that throws is skipped, never fatal.
 */
export interface SiteAdapter {
  name: string;
  matches(url: URL): boolean;
  extract(document: Document, url: URL): AdapterReading;
}
