
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's044c4ceca1c72044': `Do not include personal information such as national identity numbers, names or health details. We cannot reply to you here.`,
's092e6307b5c1bb34': `Yes`,
's0a851ae874c37999': `You have 1 character remaining`,
's233d89fce3d72c15': `Thank you for your feedback! We use it to improve our website.`,
's3741ff19c32ad48f': `No`,
's395db402269a290a': str`You have ${0} characters remaining`,
's40d05175a115c9db': `Sending your answer took too long. Please try again.`,
's421cb6c6c550e65a': `You have 1 character too many`,
's57adf424d57c8a0f': `Send`,
's626a8cacd41215c0': `Your answer was not received because of an error on our side. Please try again.`,
's654bd5567f05697a': `Did you find what you were looking for?`,
's821efae1a4ede86f': `Cancel`,
's8910cb88df834e3c': `Thank you for your answer!`,
's8ab74a98ffc0ad84': `Sending your answer …`,
's9a15f9f22ed1b801': str`You have ${0} characters too many`,
's9c2a2741cbb1e2c4': `Try again`,
'sb984eaad734e6e5c': `What were you looking for?`,
'sfda590297e0cde75': `Your answer was not sent. Check your connection and try again.`,
    };
  