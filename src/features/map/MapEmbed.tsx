import type { EmbedChartProps } from '../../components/embed-props';
import { mapSpec } from '../../model/map-spec';
import { MapBody, MapFoot } from './PlacesMap';
import './map.css';

/** Where they meet in an embed: the dashboard's map, read only. */
export function MapEmbed({ index, data, filters, title }: EmbedChartProps) {
  const spec = mapSpec(index, data, filters, { title, interactive: false });
  return (
    <div className="embed-map">
      <p className="embed-subtitle">{spec.subtitle}</p>
      <MapBody spec={spec} index={index} />
      <MapFoot spec={spec} />
    </div>
  );
}
