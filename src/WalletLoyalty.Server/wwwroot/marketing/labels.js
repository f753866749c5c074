// The names the dashboard gives to the API's channel and status codes.

export const CHANNELS = { apple: 'Apple Wallet', google: 'Google Wallet', app: 'App push' };
export const STATUS = { draft: 'Draft', scheduled: 'Scheduled', sending: 'Sending', paused: 'Paused', completed: 'Completed', cancelled: 'Cancelled', missed: 'Missed' };
