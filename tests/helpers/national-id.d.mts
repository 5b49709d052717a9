export function makeNationalId(ddmmyy: string, individual?: number): string;
