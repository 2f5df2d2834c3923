/* Generated SBE (Simple Binary Encoding) message codecs.*/
/**
 * ringwall events
 */
package io.ringwall.codecs.sbe;
