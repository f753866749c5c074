// The marketer's dashboard: overview, campaigns and members. It takes its texts first; each module wires its part of the page here, once all of them are loaded.
import '../staff/page-texts.js';
import { wireLanguageLinks } from '../staff/language-links.js';
import { wireActions } from './actions.js';
import { wireAudience } from './audience.js';
import { wireCoupon } from './coupon.js';
import { wireEditor } from './editor.js';
import { wireList } from './list.js';
import { wireMember } from './member.js';
import { wireMemberActions } from './member-actions.js';
import { wireMembers } from './members.js';
import { wireMessage } from './message.js';
import { wireOverview } from './overview.js';
import { wireResults } from './results.js';
import { wireRoutes } from './routes.js';
import { wireSession } from './session.js';
import { wireSurveys } from './surveys.js';
import { wireTrigger } from './trigger.js';

wireRoutes();
wireOverview();
wireList();
wireEditor();
wireAudience();
wireMessage();
wireCoupon();
wireTrigger();
wireActions();
wireResults();
wireMembers();
wireMember();
wireMemberActions();
wireSurveys();
wireLanguageLinks();
// Last: a key kept from before this reload signs in at once and opens a view.
wireSession();
