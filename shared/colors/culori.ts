/**
 * The color library (culori, MIT): conversions, CSS Color 4 gamut mapping and CIEDE2000. The
 * one place it is imported, with its community type definitions.
 */
// @ts-types="npm:@types/culori@4.0.1"
export * from "culori";
