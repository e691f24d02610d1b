import { useTranslation } from 'react-i18next';

/** Addresses that only this computer can open: telling a room of phones to go there would
 * send everyone nowhere. */
const LOCAL_ONLY = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * The join code as the room needs it: big enough to read from the back of a hearing on the
 * projector, with the address to type it into. Shown on wide screens only (styles.css); a phone
 * has the small tag in the header instead.
 */
export function RoomJoinCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const { host, hostname } = window.location;
  return (
    <div className="room-join">
      <p className="room-join-how">{LOCAL_ONLY.test(hostname) ? t('created.code') : t('session.joinHere', { host })}</p>
      <p className="room-join-code">{code}</p>
    </div>
  );
}
