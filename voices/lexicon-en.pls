<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pronunciations for names FreeTTS (kevin16) says wrongly, mostly Russian names from the seed
  article. W3C Pronunciation Lexicon Specification 1.0; Lector reads this file at run time and
  a user's lexicon (the lexicon option of issue 3) is merged over it: the later file wins.

  Only <alias> is used: FreeTTS takes text, not IPA, so each alias is a respelling in plain
  English syllables, separated by spaces (no hyphens, which engines may read as pauses or
  "minus"). Graphemes are case-sensitive whole words; "Kirov" also matches in "Kirov's".
  A <phoneme> may be added for engines that take IPA; Lector ignores it.
-->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://www.w3.org/2005/01/pronunciation-lexicon http://www.w3.org/TR/2007/CR-pronunciation-lexicon-20071212/pls.xsd"
         alphabet="ipa" xml:lang="en-US">
  <lexeme>
    <grapheme>Khlevniuk</grapheme>
    <alias>Khlev nyook</alias>
  </lexeme>
  <lexeme>
    <grapheme>Zinoviev</grapheme>
    <alias>Zin oh vee ev</alias>
  </lexeme>
  <lexeme>
    <grapheme>Dzerzhinsky</grapheme>
    <alias>Jer zhin skee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Kamenev</grapheme>
    <alias>Kah men yef</alias>
  </lexeme>
  <lexeme>
    <grapheme>Bukharin</grapheme>
    <alias>Boo kah rin</alias>
  </lexeme>
  <lexeme>
    <grapheme>Rykov</grapheme>
    <alias>Ree kof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Tomsky</grapheme>
    <alias>Tom skee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Trotsky</grapheme>
    <alias>Trot skee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Trotskyist</grapheme>
    <grapheme>Trotskyite</grapheme>
    <alias>Trot skee ist</alias>
  </lexeme>
  <lexeme>
    <grapheme>Yagoda</grapheme>
    <alias>Yah goh dah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Menzhinsky</grapheme>
    <alias>Men zhin skee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Yezhov</grapheme>
    <alias>Yeh zhof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Yezhovshchina</grapheme>
    <alias>Yeh zhof shchee nah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Kotkin</grapheme>
    <alias>Kot kin</alias>
  </lexeme>
  <lexeme>
    <grapheme>Montefiore</grapheme>
    <alias>Mon teh fee or ee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Volkogonov</grapheme>
    <alias>Vol koh goh nof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Ordzhonikidze</grapheme>
    <alias>Or jon ee keed zeh</alias>
  </lexeme>
  <lexeme>
    <grapheme>Enukidze</grapheme>
    <grapheme>Yenukidze</grapheme>
    <alias>Yeh noo keed zeh</alias>
  </lexeme>
  <lexeme>
    <grapheme>Mikoyan</grapheme>
    <alias>Mee koh yahn</alias>
  </lexeme>
  <lexeme>
    <grapheme>Kirov</grapheme>
    <alias>Kee rof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Tukhachevsky</grapheme>
    <alias>Too kah chef skee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Stakhanov</grapheme>
    <alias>Stah kah nof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Stakhanovite</grapheme>
    <alias>Stah kah noh vite</alias>
  </lexeme>
  <lexeme>
    <grapheme>Zubalova</grapheme>
    <alias>Zoo bah loh vah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Bazhanov</grapheme>
    <alias>Bah zhah nof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Holodomor</grapheme>
    <alias>Hol oh doh mor</alias>
  </lexeme>
  <lexeme>
    <grapheme>Politburo</grapheme>
    <alias>Pol it byoo roh</alias>
  </lexeme>
  <lexeme>
    <grapheme>kulak</grapheme>
    <grapheme>Kulak</grapheme>
    <alias>koo lahk</alias>
  </lexeme>
  <lexeme>
    <grapheme>kulaks</grapheme>
    <grapheme>Kulaks</grapheme>
    <alias>koo lahks</alias>
  </lexeme>
  <lexeme>
    <grapheme>kolkhoz</grapheme>
    <alias>kol koz</alias>
  </lexeme>
  <lexeme>
    <grapheme>kolkhozy</grapheme>
    <alias>kol koz ee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Sverdlov</grapheme>
    <alias>Svyerd lof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Kuromiya</grapheme>
    <alias>Koo roh mee yah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Voroshilov</grapheme>
    <alias>Vor oh shee lof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Molotov</grapheme>
    <alias>Mol oh tof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Lysenko</grapheme>
    <alias>Lih sen koh</alias>
  </lexeme>
  <lexeme>
    <grapheme>Kaganovich</grapheme>
    <alias>Kah gah noh vitch</alias>
  </lexeme>
  <lexeme>
    <grapheme>Kalinin</grapheme>
    <alias>Kah lee nin</alias>
  </lexeme>
  <lexeme>
    <grapheme>Sholokhov</grapheme>
    <alias>Shaw loh kof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Piatnitsky</grapheme>
    <grapheme>Pyatnitsky</grapheme>
    <alias>Pyat nit skee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Manuilsky</grapheme>
    <alias>Mah noo il skee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Beria</grapheme>
    <alias>Beh ree ah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Alliluyeva</grapheme>
    <alias>Ah lee loo yeh vah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Bykivnia</grapheme>
    <alias>Bih kiv nyah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Vinnitsia</grapheme>
    <grapheme>Vinnytsia</grapheme>
    <alias>Vin nit syah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Zhenotdel</grapheme>
    <alias>Zhen ot del</alias>
  </lexeme>
  <lexeme>
    <grapheme>Komsomol</grapheme>
    <alias>Kom soh mol</alias>
  </lexeme>
  <lexeme>
    <grapheme>Comintern</grapheme>
    <alias>Kom in tern</alias>
  </lexeme>
  <lexeme>
    <grapheme>Yuzovka</grapheme>
    <alias>Yoo zof kah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Magnitogorsk</grapheme>
    <alias>Mag nee toh gorsk</alias>
  </lexeme>
  <lexeme>
    <grapheme>Novosibirsk</grapheme>
    <alias>Noh voh sih beersk</alias>
  </lexeme>
  <lexeme>
    <grapheme>Tbilisi</grapheme>
    <alias>Tuh bih lee see</alias>
  </lexeme>
  <lexeme>
    <grapheme>Tsaritsyn</grapheme>
    <alias>Tsah reet sin</alias>
  </lexeme>
  <lexeme>
    <grapheme>Shakhty</grapheme>
    <alias>Shahk tee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Nadezhda</grapheme>
    <alias>Nah dezh dah</alias>
  </lexeme>
  <lexeme>
    <grapheme>Vyacheslav</grapheme>
    <alias>Vyah cheh slahf</alias>
  </lexeme>
  <lexeme>
    <grapheme>Grigori</grapheme>
    <grapheme>Grigory</grapheme>
    <alias>Gree gor ee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Lavrentiy</grapheme>
    <alias>Lah vren tee</alias>
  </lexeme>
  <lexeme>
    <grapheme>Nikolai</grapheme>
    <alias>Nee koh lie</alias>
  </lexeme>
  <lexeme>
    <grapheme>Genrikh</grapheme>
    <alias>Gen rikh</alias>
  </lexeme>
  <lexeme>
    <grapheme>Kazakhstan</grapheme>
    <alias>Kah zahk stahn</alias>
  </lexeme>
</lexicon>
