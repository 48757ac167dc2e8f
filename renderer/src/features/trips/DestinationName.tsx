import type { Destination } from '../../../../shared/domain/trip';
import { nativeNameLanguage } from './labels';

/** "Jinan 济南": the Latin name, and the native one beside it in its own language. */
export function DestinationName({ destination }: { destination: Pick<Destination, 'city' | 'nativeName' | 'country'> }) {
  const lang = nativeNameLanguage(destination.country);
  const showNative = destination.nativeName !== '' && destination.nativeName !== destination.city;
  return (
    <>
      <span className="destination-city">{destination.city}</span>
      {showNative ? (
        <>
          {' '}
          <span className="destination-native" lang={lang}>
            {destination.nativeName}
          </span>
        </>
      ) : null}
    </>
  );
}
