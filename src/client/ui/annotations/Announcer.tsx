import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** Says what just happened ("sent", "deleted") to screen readers, from anywhere in the panel. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

/** One polite live region for the whole panel. It stays in the page from the start: screen
 * readers ignore live regions that appear together with their first message. */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, count: m.count + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite">
        {/* the same words twice ("sent", "sent") must be read twice: a changing key makes React
            replace the text node, which screen readers take as new content */}
        <span key={message.count}>{message.text}</span>
      </p>
    </AnnounceContext.Provider>
  );
}
