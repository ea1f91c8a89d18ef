<?xml version="1.0" encoding="UTF-8"?>
<!--
  Respellings for the kevin16 voice only (FreeTTS's 16 kHz diphone voice), applied by the audio
  stage after the language lexicon lexicon-en.pls, to the words kevin16 is given.

  kevin16's diphone set lacks an "h" before most consonants (hh-k, hh-f, hh-t, hh-r, hh-w…):
  FreeTTS then plays its default diphone in the gap, a click, and prints "Can't find diphone" to
  standard error. The respellings of lexicon-en.pls that end a syllable in "h" before a consonant
  hit this; here they get a spelling kevin16 can say with the same vowel.
-->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="x-sampa" xml:lang="en">
  <lexeme>
    <!-- Shakhty, respelled "Shahk tee" -->
    <grapheme>Shahk</grapheme>
    <alias>Shock</alias>
  </lexeme>
  <lexeme>
    <!-- Vyacheslav, respelled "Vyah cheh slahf" -->
    <grapheme>slahf</grapheme>
    <alias>slaff</alias>
  </lexeme>
</lexicon>
