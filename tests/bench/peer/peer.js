// The benchmark's peer: the atlas's map as a web developer would write it
// with d3-geo and d3-selection, drawing the same geo/data files in the same
// projection and recolouring the same units per year.
'use strict';

const WIDTH = 1000;

/** Day number of a record date string ("~1945-09-05", "1898", "1945-09"). */
function dayOf(text) {
  const [y, m = '1', d = '1'] = text.replace('~', '').split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86400000;
}

function endOfYear(year) {
  return Date.UTC(year, 11, 31) / 86400000;
}

/** d3 wants clockwise outer rings; RFC 7946 files wind them the other way. */
function rewind(feature) {
  const coordinates = feature.geometry.coordinates.map((polygon) => polygon.map((ring) => ring.slice().reverse()));
  return { ...feature, geometry: { ...feature.geometry, coordinates } };
}

async function main() {
  const get = (name) => fetch(`data/${name}`).then((r) => r.json());
  const [polities, units, shapes, context] = await Promise.all([
    get('polities.json'), get('units.json'), get('units.geojson'), get('context.geojson'),
  ]);
  const polityById = new Map(polities.map((p) => [p.id, p]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  for (const u of units) {
    u.periods = u.control.map((p) => ({ from: dayOf(p.from), to: p.to ? dayOf(p.to) : Infinity, holder: p.holder }));
  }

  // The atlas's projection: a Lambert conformal conic, parallels 35°N and 57°N, centred on 133.5°E, fitted to the region.
  const region = { type: 'Polygon', coordinates: [[]] };
  for (let lon = 104; lon <= 163; lon += 1) region.coordinates[0].push([lon, 62]);
  for (let lon = 163; lon >= 104; lon -= 1) region.coordinates[0].push([lon, 30]);
  region.coordinates[0].push([104, 62]);
  const projection = d3.geoConicConformal().parallels([35, 57]).rotate([-133.5, 0]).fitWidth(WIDTH, region);
  const path = d3.geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(region);
  const svg = d3.select('#map').attr('viewBox', `0 ${y0} ${WIDTH} ${y1 - y0}`);

  svg.append('g').selectAll('path').data(context.features.map(rewind)).join('path').attr('class', 'context').attr('d', path);
  // Path strings are computed once, here; the year only recolours.
  const shapes_ = svg.append('g').selectAll('path').data(shapes.features.map(rewind)).join('path')
    .attr('class', 'unit')
    .attr('d', path)
    .attr('data-unit', (f) => f.properties.unit)
    .attr('tabindex', 0)
    .on('click', (event, f) => showHistory(f.properties.unit));

  function holderAt(unit, day) {
    for (const p of unit.periods) if (p.from <= day && day < p.to) return p.holder;
    return '';
  }

  function recolour(year) {
    const day = endOfYear(year);
    shapes_.each(function (f) {
      const holder = holderAt(unitById.get(f.properties.unit), day);
      this.setAttribute('fill', polityById.get(holder)?.colour ?? '#ccc');
      this.setAttribute('data-holder', holder);
    });
    d3.select('#year-value').text(year);
  }

  function showHistory(id) {
    const unit = unitById.get(id);
    const panel = d3.select('#panel').html('');
    const section = panel.append('section').attr('role', 'region').attr('aria-label', `Claim history: ${unit.names.en}`);
    section.append('h2').text(unit.names.en);
    section.append('ol').selectAll('li').data(unit.control).join('li')
      .text((p) => `${p.from} – ${p.to ?? 'today'}: ${polityById.get(p.holder)?.names.en ?? p.holder}. ${p.basis}`);
  }

  d3.select('#year').on('input', (event) => recolour(Number(event.target.value)));
  recolour(1945);
  document.body.dataset.ready = '1';
}

main();
