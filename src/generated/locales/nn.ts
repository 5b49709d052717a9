
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h02507692b2079495': html`Vedteke av ${0} den ${1}`,
'h26ba26e4f1798d21': html`Vedteke av ${0} i ${1}`,
'h275ad1de46b9cc2f': html`Publisert ${0}`,
'h95ae7d7c0236c856': html`Vedteke den ${0}`,
'hd489e13aa8c5ffeb': html`Møtedato ${0}`,
'he924ca62e4bb9616': html`Vedteke i ${0}`,
's00839a15a1897183': `eit fødselsnummer`,
's044c4ceca1c72044': `Ikkje skriv personopplysningar som fødselsnummer, namn eller opplysningar om helse. Vi kan ikkje svare deg her.`,
's092e6307b5c1bb34': `Ja`,
's0a851ae874c37999': `Du har 1 teikn igjen`,
's0c53ffb18558d065': str`Det ser ut som du har skrive ${0}. Fjern det før du sender, eller send utan desse opplysningane.`,
's0cb67d2af5fb6008': str`${0} hovudutfordringar`,
's163344892cd803c2': `Ambisjon`,
's233d89fce3d72c15': `Takk for tilbakemeldinga! Vi bruker ho til å gjere nettsidene betre.`,
's30784f5fe8a78c95': `Ny strategi:`,
's346c84e5733bf35d': str`${0} strategiske mål`,
's3741ff19c32ad48f': `Nei`,
's395db402269a290a': str`Du har ${0} teikn igjen`,
's421cb6c6c550e65a': `Du har 1 teikn for mykje`,
's454d15ce0a76ab04': `Visjon`,
's462ce605bb953e69': `Du ser ut til å vere utan nett. Svaret ditt er lagra og blir sendt når du er på nett igjen.`,
's4cb13eae2a796767': `Vi kan ikkje ta imot svaret ditt akkurat no. Det er lagra og blir sendt på nytt seinare.`,
's4f53c9b70315e495': `Eitt strategisk mål`,
's57adf424d57c8a0f': `Send`,
's626a8cacd41215c0': `Svaret ditt vart ikkje motteke på grunn av ein feil hos oss. Prøv igjen.`,
's654bd5567f05697a': `Fann du det du leita etter?`,
's7085def17732a60a': `Operasjonalisering`,
's7c4764c8d448121a': `Verdiar`,
's7d136b20fa9b6367': `eit telefonnummer`,
's817d949741304762': `Alle år`,
's821efae1a4ede86f': `Avbryt`,
's8910cb88df834e3c': `Takk for svaret ditt!`,
's8ab74a98ffc0ad84': `Sender svaret ditt …`,
's955af42f631fe3d7': `Brosjyre`,
's9a15f9f22ed1b801': str`Du har ${0} teikn for mykje`,
's9a55179706abc083': `Bakgrunn og dokumentasjon`,
's9b2381d33746a9d7': `Styret si handsaming`,
's9c2a2741cbb1e2c4': `Prøv igjen`,
's9cfa613754dfcb17': `Det tok for lang tid å sende svaret ditt. Det er lagra og blir sendt på nytt seinare.`,
'sa77b6216215bdafa': `Vis møte frå`,
'sadcb65c06174e328': `Innhaldet kan ikkje visast fordi det inneheld ein feil.`,
'sb45833a65424dc12': `Send utan desse opplysningane`,
'sb9459a49c2456e47': `ei e-postadresse`,
'sb984eaad734e6e5c': `Kva leita du etter?`,
'sbea285c64a66477a': `Lastar innhald …`,
'sbfe8ea8124c26ffd': `Viser 1 møte`,
'sdf03c3d54f0ab8f0': str`Viser ${0} møte`,
'se1e6d07f30cc9a58': `Ingen møte å vise`,
'sf2c37ab806fdcde6': `Innhaldet kunne ikkje lastast. Sjekk nettsambandet og prøv igjen.`,
'sf5c8831cd97ae899': `Prøv igjen no`,
'sff99f0b296ba51a8': `Éi hovudutfordring`,
    };
  