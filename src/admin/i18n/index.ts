import en from "./json/en.json"
import ko from "./json/ko.json"

/**
 * Translations of Gopang's dashboard pages and widgets, merged by the admin SDK into the
 * dashboard's default namespace under the `gopang` key (so they never collide with Medusa's own
 * keys). English is the dashboard's fallback language; Korean must carry every English key.
 */
const korean: typeof en = ko

export default {
  en: { translation: en },
  ko: { translation: korean },
}
