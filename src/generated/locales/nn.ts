
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's044c4ceca1c72044': `Ikkje skriv personopplysningar som fødselsnummer, namn eller opplysningar om helse. Vi kan ikkje svare deg her.`,
's092e6307b5c1bb34': `Ja`,
's0a851ae874c37999': `Du har 1 teikn igjen`,
's233d89fce3d72c15': `Takk for tilbakemeldinga! Vi bruker ho til å gjere nettsidene betre.`,
's3741ff19c32ad48f': `Nei`,
's395db402269a290a': str`Du har ${0} teikn igjen`,
's40d05175a115c9db': `Det tok for lang tid å sende svaret ditt. Prøv igjen.`,
's421cb6c6c550e65a': `Du har 1 teikn for mykje`,
's57adf424d57c8a0f': `Send`,
's626a8cacd41215c0': `Svaret ditt vart ikkje motteke på grunn av ein feil hos oss. Prøv igjen.`,
's654bd5567f05697a': `Fann du det du leita etter?`,
's821efae1a4ede86f': `Avbryt`,
's8910cb88df834e3c': `Takk for svaret ditt!`,
's8ab74a98ffc0ad84': `Sender svaret ditt …`,
's9a15f9f22ed1b801': str`Du har ${0} teikn for mykje`,
's9c2a2741cbb1e2c4': `Prøv igjen`,
'sb984eaad734e6e5c': `Kva leita du etter?`,
'sfda590297e0cde75': `Svaret ditt vart ikkje sendt. Sjekk nettsambandet og prøv igjen.`,
    };
  