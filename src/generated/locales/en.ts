
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'h02507692b2079495': html`Adopted by ${0} on ${1}`,
'h26ba26e4f1798d21': html`Adopted by ${0} in ${1}`,
'h275ad1de46b9cc2f': html`Published ${0}`,
'h95ae7d7c0236c856': html`Adopted on ${0}`,
'hd489e13aa8c5ffeb': html`Meeting date ${0}`,
'he924ca62e4bb9616': html`Adopted in ${0}`,
's00839a15a1897183': `a national identity number`,
's044c4ceca1c72044': `Do not include personal information such as national identity numbers, names or health details. We cannot reply to you here.`,
's092e6307b5c1bb34': `Yes`,
's0a851ae874c37999': `You have 1 character remaining`,
's0c53ffb18558d065': str`It looks like you have written ${0}. Remove it before you send, or send without this information.`,
's0cb67d2af5fb6008': str`${0} main challenges`,
's163344892cd803c2': `Ambition`,
's233d89fce3d72c15': `Thank you for your feedback! We use it to improve our website.`,
's30784f5fe8a78c95': `New strategy:`,
's346c84e5733bf35d': str`${0} strategic goals`,
's3741ff19c32ad48f': `No`,
's395db402269a290a': str`You have ${0} characters remaining`,
's421cb6c6c550e65a': `You have 1 character too many`,
's454d15ce0a76ab04': `Vision`,
's462ce605bb953e69': `You seem to be offline. Your answer is saved and will be sent when you are back online.`,
's4cb13eae2a796767': `We cannot receive your answer right now. It is saved and will be sent again later.`,
's4f53c9b70315e495': `One strategic goal`,
's57adf424d57c8a0f': `Send`,
's626a8cacd41215c0': `Your answer was not received because of an error on our side. Please try again.`,
's654bd5567f05697a': `Did you find what you were looking for?`,
's7085def17732a60a': `Implementation`,
's7c4764c8d448121a': `Values`,
's7d136b20fa9b6367': `a phone number`,
's817d949741304762': `All years`,
's821efae1a4ede86f': `Cancel`,
's8910cb88df834e3c': `Thank you for your answer!`,
's8ab74a98ffc0ad84': `Sending your answer …`,
's955af42f631fe3d7': `Brochure`,
's9a15f9f22ed1b801': str`You have ${0} characters too many`,
's9a55179706abc083': `Background and documentation`,
's9b2381d33746a9d7': `Board decisions`,
's9c2a2741cbb1e2c4': `Try again`,
's9cfa613754dfcb17': `Sending your answer took too long. It is saved and will be sent again later.`,
'sa77b6216215bdafa': `Show meetings from`,
'sadcb65c06174e328': `The content cannot be shown because it contains an error.`,
'sb45833a65424dc12': `Send without this information`,
'sb9459a49c2456e47': `an email address`,
'sb984eaad734e6e5c': `What were you looking for?`,
'sbea285c64a66477a': `Loading content …`,
'sbfe8ea8124c26ffd': `Showing 1 meeting`,
'sdf03c3d54f0ab8f0': str`Showing ${0} meetings`,
'se1e6d07f30cc9a58': `No meetings to show`,
'sf2c37ab806fdcde6': `The content could not be loaded. Check your connection and try again.`,
'sf5c8831cd97ae899': `Try again now`,
'sff99f0b296ba51a8': `One main challenge`,
    };
  