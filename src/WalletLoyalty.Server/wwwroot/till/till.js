// The cashier's page: takes its texts, wires each part, then opens the till again if this tab still holds a key.
import '../staff/page-texts.js';
import { wireCamera } from './camera.js';
import { wireEarn } from './earn.js';
import { wireOffers } from './offer-items.js';
import { wireReverse } from './reverse.js';
import { wirePhoneLookup } from './phone.js';
import { wireScan } from './scan.js';
import { wireSession } from './session.js';

wireScan();
wirePhoneLookup();
wireCamera();
wireOffers();
wireEarn();
wireReverse();
wireSession();
