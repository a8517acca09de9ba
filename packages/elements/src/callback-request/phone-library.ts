/**
 * The few functions of libphonenumber-js (with its smallest metadata) that the element
 * uses. Imported with a dynamic `import()` only, so the bundler puts them, and nothing else
 * of the library, in a chunk of their own.
 */
export { isSupportedCountry, parseIncompletePhoneNumber, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
