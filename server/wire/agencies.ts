import { WIRE_IDS, type Wire } from '../../core/wire';

/** How one wire shows itself in an article: its sites, its dateline code, its name in credits. */
export interface AgencyMarkers {
  wire: Wire;
  /** Registrable domains of the wire's own sites (subdomains included). */
  domains: readonly string[];
  /** The code in a dateline, "WASHINGTON (AP) —". Case-sensitive: "(ap)" is not a dateline. */
  datelineCode: string;
  /**
   * The wire's names as bylines and credits spell them, as a regular expression source.
   * Abbreviations are case-sensitive ("AP", not "ap"); full names are too, as credits write them.
   */
  names: string;
}

export const AGENCIES: Readonly<Record<Wire, AgencyMarkers>> = {
  ap: {
    wire: 'ap',
    domains: ['apnews.com', 'ap.org'],
    datelineCode: 'AP',
    names: '(?:The )?Associated Press|AP',
  },
  reuters: { wire: 'reuters', domains: ['reuters.com'], datelineCode: 'Reuters', names: 'Reuters' },
  afp: {
    wire: 'afp',
    domains: ['afp.com'],
    datelineCode: 'AFP',
    names: 'Agence France[- ]Presse|AFP',
  },
  upi: {
    wire: 'upi',
    domains: ['upi.com'],
    datelineCode: 'UPI',
    names: 'United Press International|UPI',
  },
  cp: {
    wire: 'cp',
    domains: ['thecanadianpress.com'],
    datelineCode: 'CP',
    // "CP" alone is too ambiguous in a byline; credits spell the name out.
    names: '(?:The )?Canadian Press',
  },
  aap: {
    wire: 'aap',
    domains: ['aap.com.au'],
    datelineCode: 'AAP',
    names: 'Australian Associated Press|AAP',
  },
  dpa: {
    wire: 'dpa',
    domains: ['dpa.com', 'dpa-international.com'],
    datelineCode: 'dpa',
    names: 'Deutsche Presse-Agentur|dpa',
  },
};

export const AGENCY_LIST: readonly AgencyMarkers[] = WIRE_IDS.map((id) => AGENCIES[id]);
