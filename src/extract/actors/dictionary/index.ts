export { parseActorDictionary } from './parse-dictionary.ts';
export { loadActorDictionaryFile } from './load-dictionary-file.ts';
export { builtinOfficials } from './builtin-officials.ts';
export { ActorIndex } from './actor-index.ts';
export { foldName } from './fold-name.ts';
