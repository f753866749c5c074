import { test } from 'node:test';
import assert from 'node:assert/strict';
import { walletHref } from '../../../src/WalletLoyalty.Server/wwwroot/join/wallet-links.js';

const page = 'https://shop.example/join/demo?src=flyer-a';

test('the name is carried to the wallet link beside the flyer tag', () => {
  assert.equal(walletHref('/join/demo/apple?src=flyer-a', { name: 'Alex' }, page), '/join/demo/apple?src=flyer-a&name=Alex');
});

test('a name is encoded, not pasted', () => {
  assert.equal(walletHref('/join/demo/apple', { name: 'Zoë & Jo' }, page), '/join/demo/apple?name=Zo%C3%AB+%26+Jo');
});

test('clearing the name takes it off the link again', () => {
  assert.equal(walletHref('/join/demo/google?src=flyer-a&name=Alex', { name: '' }, page), '/join/demo/google?src=flyer-a');
});

test('the link stays on this site whatever the page address', () => {
  assert.equal(walletHref('/join/demo/apple', { name: 'Alex' }, 'http://10.0.0.5:5080/join/demo'), '/join/demo/apple?name=Alex');
});

test('the enrolment token from the page stays on the link when a name is typed', () => {
  assert.equal(walletHref('/join/demo/apple?src=flyer-a&lang=en&token=CfDJ8abc_-', { name: 'Alex' }, page), '/join/demo/apple?src=flyer-a&lang=en&token=CfDJ8abc_-&name=Alex');
});

test('the details and a ticked consent box go on the link, trimmed', () => {
  assert.equal(
    walletHref('/join/demo/apple', { name: 'Alex', email: ' alex@example.com ', phone: '+49 171 2345678', birthday: '1990-05-17', marketingConsent: true }, page),
    '/join/demo/apple?name=Alex&email=alex%40example.com&phone=%2B49+171+2345678&birthday=1990-05-17&marketingConsent=true');
});

test('an unticked box and cleared details are taken off the link', () => {
  assert.equal(
    walletHref('/join/demo/apple?email=a%40b.de&marketingConsent=true', { name: '', email: '', marketingConsent: false }, page),
    '/join/demo/apple');
});
