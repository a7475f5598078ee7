import { Panel } from '../../components/Panel';
import type { ViewProps } from '../../components/view-props';
import { dashboardMapHeight, MAP_HEIGHT, mapLayout } from '../../model/map-layout';
import { mapSpec, type MapSpec } from '../../model/map-spec';
import { useFilterStore } from '../../state/filter-store';
import { MapCanvas } from './MapCanvas';
import { MapTable } from './MapTable';
import { useMapBox } from './use-map-box';
import { useMapWorld } from './use-map-world';
import './map.css';

/** The host colours, and what the map leaves out. */
export function MapFoot({ spec }: { spec: MapSpec }) {
  return (
    <>
      <div className="map-key">
        <span className="map-legend-title" aria-hidden="true">
          {spec.legendTitle}
        </span>
        <ul className="chart-legend map-legend" aria-label="Marker colour: the host">
          {spec.legend.map((entry) => (
            <li key={entry.key}>
              <span className="swatch map-swatch" style={{ background: entry.color }} />
              {entry.label}
            </li>
          ))}
        </ul>
      </div>
      {spec.notes.map((note) => (
        <p key={note} className="map-note">
          {note}
        </p>
      ))}
    </>
  );
}

interface MapBodyProps extends Pick<ViewProps, 'index'> {
  spec: MapSpec;
  toggle?: (key: string) => void;
  /** A slide gives the box to fill; the dashboard sizes the map to its width. */
  presentation?: boolean;
}

/** The map at the width of its container, with the basemap once it has arrived. */
export function MapBody({ spec, index, toggle, presentation = false }: MapBodyProps) {
  const [ref, { width, height: boxHeight }] = useMapBox();
  const world = useMapWorld();
  const highlight = index.dataset.meta.countries.map((c) => c.name);
  // A slide fills its 16:9 stage; the dashboard caps a wide screen's map at a readable height.
  const height = presentation && boxHeight > 0 ? boxHeight : dashboardMapHeight(spec.frame, width);
  const fontSize = presentation ? 22 : undefined;
  const layout = mapLayout(spec, width, world, { highlight, height, fontSize });
  const label = `Map: ${spec.subtitle} ${spec.venues.map((v) => v.name).join('; ')}.`;
  return (
    <div className="map-fit" ref={ref}>
      {spec.empty !== null ? <p className="empty-state">{spec.empty}</p> : null}
      <MapCanvas
        layout={layout}
        label={label}
        toggle={toggle}
        bounds={presentation ? undefined : MAP_HEIGHT}
      />
    </div>
  );
}

/** Where they meet: the venues of the filtered engagements, sized by count, coloured by host. */
export function PlacesMap(props: ViewProps) {
  const { index, exports, presentation = false } = props;
  const toggle = useFilterStore((s) => s.toggle);
  const spec = mapSpec(index, props.data, props.filters, {
    title: props.title,
    interactive: !presentation,
  });
  return (
    <Panel
      id={spec.view}
      title={spec.title}
      subtitle={
        <>
          {spec.subtitle}
          {spec.clickHint ? <span className="no-print"> {spec.clickHint}</span> : null}
        </>
      }
      exports={exports}
      table={() => <MapTable spec={spec} />}
      footer={<MapFoot spec={spec} />}
      presentation={presentation}
    >
      <MapBody
        spec={spec}
        index={index}
        presentation={presentation}
        toggle={presentation ? undefined : (key) => toggle('places', key)}
      />
    </Panel>
  );
}
