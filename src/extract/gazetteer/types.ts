/** A sovereign state (or a widely reported territory such as Kosovo, Taiwan, Palestine, Western Sahara). */
export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  names: string[];
  demonyms: string[];
  /** Null where a state has no official capital (Nauru) or none is agreed (Western Sahara). */
  capital: string | null;
  capitalAliases: string[];
  cities: string[];
  /** Other spellings of a city, each pointing at the form listed in `cities`. */
  cityAliases: Readonly<Record<string, string>>;
  metonyms: string[];
  /** The city of a seat of power that is not in the capital ("Kirribilli House" → "Sydney"); null when it is in no listed city. */
  metonymCities: Readonly<Record<string, string | null>>;
}

export interface Organization {
  /** The code Readout uses for the organisation, usually its acronym ("WHO", "SCO"). */
  id: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  /** The organisation this one is an institution of, which speaks for it ("EC" is part of "EU"); null if none. */
  partOf: string | null;
  /** Cities whose name, standing as an actor, means this organisation ("Brussels wants ..." is the EU's). */
  speaksAs: string[];
}

export type PlaceKind = 'country' | 'demonym' | 'capital' | 'city' | 'metonym' | 'org';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  kind: PlaceKind;
  iso3: string | null;
  org: string | null;
  /**
   * Canonical city name (the capital or city entry as listed) for capital/city kinds; for a metonym,
   * the city that seat of power is in (the capital unless the data says otherwise); else null.
   */
  city: string | null;
}

export interface CityHit {
  city: string;
  iso3: string;
  capital: boolean;
}
