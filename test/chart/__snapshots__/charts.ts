// Snapshots for snapshots.test.ts: the charts' SVG as text (see svg-text.ts). After an intended change,
// the failing test prints the new text; review it and paste it here.
export const SNAPSHOTS = {
  'radar-one': `
svg.chart.radar viewBox=0 0 560 440 role=group aria-label=Indicator profile: Catalonia
  g
    path.grid d=[M280,190… 13 runs 43 segs]
    text.axis-label x=280 y=52 dy=0em text-anchor=middle "Labour market"
    text.axis-label x=398.8 y=101.2 dy=0em text-anchor=start "Education"
    text.axis-label x=448 y=220 dy=0.4em text-anchor=start "Health"
    text.axis-label x=398.8 y=338.8 dy=0.8em text-anchor=start "Housing"
    text.axis-label x=280 y=388 dy=0.8em text-anchor=middle "Language"
    text.axis-label x=161.2 y=338.8 dy=0.8em text-anchor=end "Culture"
    text.axis-label x=112 y=220 dy=0.4em text-anchor=end "Religion"
    text.axis-label x=161.2 y=101.2 text-anchor=end
      tspan x=161.2 dy=-1.1em "Social security"
      tspan x=161.2 dy=1.2em "and assistance"
    polygon.national stroke-dasharray=10 4 points=8
    text.tick x=276 y=187 text-anchor=end "20"
    text.tick x=276 y=157 text-anchor=end "40"
    text.tick x=276 y=67 text-anchor=end "100"
  g.series color=#0072B2
    path.outline.filled d=[M280,119.5… 7 segs closed]
    path.point role=img aria-label=Catalonia, Labour market: 67 tabindex=0 d=[M285,119.5… 2 segs]
    path.point role=img aria-label=Catalonia, Education: 78 tabindex=-1 d=[M367.7,137.3… 2 segs]
    path.point role=img aria-label=Catalonia, Health: 70 tabindex=-1 d=[M390,220… 2 segs]
    path.point role=img aria-label=Catalonia, Housing: 48 tabindex=-1 d=[M335.9,270.9… 2 segs]
    path.point role=img aria-label=Catalonia, Language: 74 tabindex=-1 d=[M285,331… 2 segs]
    path.point role=img aria-label=Catalonia, Culture: 62 tabindex=-1 d=[M219.2,285.8… 2 segs]
    path.point role=img aria-label=Catalonia, Religion: 35 tabindex=-1 d=[M232.5,220… 2 segs]
    path.point role=img aria-label=Catalonia, Social security and assistance: 66 tabindex=-1 d=[M215,150… 2 segs]
  g.labels
    text.national-label x=291.4 y=130.1 "ES 60"
    text.value-label x=280 y=103.5 dy=0.4em text-anchor=middle "67"
    text.value-label x=359.9 y=117.5 dy=0.4em text-anchor=middle "78"
    text.value-label x=401 y=220 dy=0.4em text-anchor=middle "70"
    text.value-label x=345.1 y=285.1 dy=0.4em text-anchor=middle "48"
    text.value-label x=280 y=347 dy=0.4em text-anchor=middle "74"
    text.value-label x=200.1 y=299.9 dy=0.4em text-anchor=middle "62"
    text.value-label x=211.5 y=220 dy=0.4em text-anchor=middle "35"
    text.value-label x=190.2 y=152.8 dy=0.4em text-anchor=middle "66"
    g.focus-ring
      circle cx=280 cy=119.5 r=10
      circle.inner cx=280 cy=119.5 r=10`,
  'radar-two-narrow': `
svg.chart.radar viewBox=0 0 360 348 role=group aria-label=Indicator profile: Catalonia and Azores
  g
    path.grid d=[M180,157.6… 13 runs 43 segs]
    text.axis-label x=180 y=74 text-anchor=middle
      tspan x=180 dy=-1.1em "Labour"
      tspan x=180 dy=1.2em "market"
    text.axis-label x=250.7 y=103.3 dy=0em text-anchor=start "Education"
    text.axis-label x=280 y=174 dy=0.4em text-anchor=start "Health"
    text.axis-label x=250.7 y=244.7 dy=0.8em text-anchor=start "Housing"
    text.axis-label x=180 y=274 dy=0.8em text-anchor=middle "Language"
    text.axis-label x=109.3 y=244.7 dy=0.8em text-anchor=end "Culture"
    text.axis-label x=80 y=174 dy=0.4em text-anchor=end "Religion"
    text.axis-label x=109.3 y=103.3 text-anchor=end
      tspan x=109.3 dy=-3.4em "Social"
      tspan x=109.3 dy=1.2em "security"
      tspan x=109.3 dy=1.2em "and"
      tspan x=109.3 dy=1.2em "assistance"
    polygon.national stroke-dasharray=10 4 points=8
    polygon.national stroke-dasharray=1.5 3.5 points=8
    text.tick x=176 y=154.6 text-anchor=end "20"
    text.tick x=176 y=105.4 text-anchor=end "80"
    text.tick x=176 y=89 text-anchor=end "100"
  g.series color=#0072B2
    path.outline.filled d=[M180,119.1… 7 segs closed]
    path.point role=img aria-label=Catalonia, Labour market: 67 tabindex=0 d=[M185,119.1… 2 segs]
    path.point role=img aria-label=Catalonia, Education: 78 tabindex=-1 d=[M230.2,128.8… 2 segs]
    path.point role=img aria-label=Catalonia, Health: 70 tabindex=-1 d=[M242.4,174… 2 segs]
    path.point role=img aria-label=Catalonia, Housing: 48 tabindex=-1 d=[M212.8,201.8… 2 segs]
    path.point role=img aria-label=Catalonia, Language: 74 tabindex=-1 d=[M185,234.7… 2 segs]
    path.point role=img aria-label=Catalonia, Culture: 62 tabindex=-1 d=[M149.1,210… 2 segs]
    path.point role=img aria-label=Catalonia, Religion: 35 tabindex=-1 d=[M156.3,174… 2 segs]
    path.point role=img aria-label=Catalonia, Social security and assistance: 66 tabindex=-1 d=[M146.7,135.7… 2 segs]
  g.series color=#E69F00
    path.outline.filled stroke-dasharray=7 3 d=[M180,126.4… 7 segs closed]
    path.point role=img aria-label=Azores, Labour market: 58 tabindex=-1 d=[M175.6,122… 0 segs closed]
    path.point role=img aria-label=Azores, Education: 64 tabindex=-1 d=[M212.7,132.5… 0 segs closed]
    path.point role=img aria-label=Azores, Health: 72 tabindex=-1 d=[M234.6,169.6… 0 segs closed]
    path.point role=img aria-label=Azores, Housing: 55 tabindex=-1 d=[M207.5,201.5… 0 segs closed]
    path.point role=img aria-label=Azores, Language: 61 tabindex=-1 d=[M175.6,219.6… 0 segs closed]
    path.point role=img aria-label=Azores, Culture: 57 tabindex=-1 d=[M142.5,202.6… 0 segs closed]
    path.point role=img aria-label=Azores, Religion: 44 tabindex=-1 d=[M139.5,169.6… 0 segs closed]
    path.point role=img aria-label=Azores, Social security and assistance: 63 tabindex=-1 d=[M139,133… 0 segs closed]
  g.labels
    text.national-label x=235.7 y=143.2 "ES 60"
    text.national-label x=184 y=104.6 "PT 81"
    g.focus-ring
      circle cx=180 cy=119.1 r=10
      circle.inner cx=180 cy=119.1 r=10`,
  'bars-two': `
svg.chart.bars viewBox=0 0 560 384 role=group aria-label=Indicator profile: Catalonia and Azores
  g
    line.grid x1=180 y1=20 x2=180 y2=340
    text.tick x=180 y=16 text-anchor=middle "0"
    line.grid x1=248 y1=20 x2=248 y2=340
    text.tick x=248 y=16 text-anchor=middle "20"
    line.grid x1=316 y1=20 x2=316 y2=340
    text.tick x=316 y=16 text-anchor=middle "40"
    line.grid x1=384 y1=20 x2=384 y2=340
    text.tick x=384 y=16 text-anchor=middle "60"
    line.grid x1=452 y1=20 x2=452 y2=340
    text.tick x=452 y=16 text-anchor=middle "80"
    line.grid x1=520 y1=20 x2=520 y2=340
    text.tick x=520 y=16 text-anchor=middle "100"
  g.references
    line.national x1=384 y1=20 x2=384 y2=352 stroke-dasharray=10 4
    text.national-label x=384 y=363 text-anchor=middle "ES 60"
    line.national x1=455.4 y1=20 x2=455.4 y2=368 stroke-dasharray=1.5 3.5
    text.national-label x=455.4 y=379 text-anchor=middle "PT 81"
  g
    g
      text.axis-label x=172 y=39.5 dy=0.4em text-anchor=end "Labour market"
    g.series color=#0072B2
      rect.bar x=180 y=26 width=227.8 height=12 role=img aria-label=Catalonia, Labour market: 67
      text.value-label x=411.8 y=32 "67"
    g.series color=#E69F00
      rect.bar x=180 y=41 width=197.2 height=12 role=img aria-label=Azores, Labour market: 58
      text.value-label x=381.2 y=47 "58"
  g
    g
      text.axis-label x=172 y=80.5 dy=0.4em text-anchor=end "Education"
    g.series color=#0072B2
      rect.bar x=180 y=67 width=265.2 height=12 role=img aria-label=Catalonia, Education: 78
      text.value-label x=449.2 y=73 "78"
    g.series color=#E69F00
      rect.bar x=180 y=82 width=217.6 height=12 role=img aria-label=Azores, Education: 64
      text.value-label x=401.6 y=88 "64"
  g
    g
      text.axis-label x=172 y=121.5 dy=0.4em text-anchor=end "Health"
    g.series color=#0072B2
      rect.bar x=180 y=108 width=238 height=12 role=img aria-label=Catalonia, Health: 70
      text.value-label x=422 y=114 "70"
    g.series color=#E69F00
      rect.bar x=180 y=123 width=244.8 height=12 role=img aria-label=Azores, Health: 72
      text.value-label x=428.8 y=129 "72"
  g
    g
      text.axis-label x=172 y=162.5 dy=0.4em text-anchor=end "Housing"
    g.series color=#0072B2
      rect.bar x=180 y=149 width=163.2 height=12 role=img aria-label=Catalonia, Housing: 48
      text.value-label x=347.2 y=155 "48"
    g.series color=#E69F00
      rect.bar x=180 y=164 width=187 height=12 role=img aria-label=Azores, Housing: 55
      text.value-label x=371 y=170 "55"
  g
    g
      text.axis-label x=172 y=203.5 dy=0.4em text-anchor=end "Language"
    g.series color=#0072B2
      rect.bar x=180 y=190 width=251.6 height=12 role=img aria-label=Catalonia, Language: 74
      text.value-label x=435.6 y=196 "74"
    g.series color=#E69F00
      rect.bar x=180 y=205 width=207.4 height=12 role=img aria-label=Azores, Language: 61
      text.value-label x=391.4 y=211 "61"
  g
    g
      text.axis-label x=172 y=244.5 dy=0.4em text-anchor=end "Culture"
    g.series color=#0072B2
      rect.bar x=180 y=231 width=210.8 height=12 role=img aria-label=Catalonia, Culture: 62
      text.value-label x=394.8 y=237 "62"
    g.series color=#E69F00
      rect.bar x=180 y=246 width=193.8 height=12 role=img aria-label=Azores, Culture: 57
      text.value-label x=377.8 y=252 "57"
  g
    g
      text.axis-label x=172 y=285.5 dy=0.4em text-anchor=end "Religion"
    g.series color=#0072B2
      rect.bar x=180 y=272 width=119 height=12 role=img aria-label=Catalonia, Religion: 35
      text.value-label x=303 y=278 "35"
    g.series color=#E69F00
      rect.bar x=180 y=287 width=149.6 height=12 role=img aria-label=Azores, Religion: 44
      text.value-label x=333.6 y=293 "44"
  g
    g
      text.axis-label x=172 y=326.5 text-anchor=end
        tspan x=172 dy=-0.2em "Social security"
        tspan x=172 dy=1.2em "and assistance"
    g.series color=#0072B2
      rect.bar x=180 y=313 width=224.4 height=12 role=img aria-label=Catalonia, Social security and assistance: 66
      text.value-label x=408.4 y=319 "66"
    g.series color=#E69F00
      rect.bar x=180 y=328 width=214.2 height=12 role=img aria-label=Azores, Social security and assistance: 63
      text.value-label x=398.2 y=334 "63"
  line.axis x1=180 y1=20 x2=180 y2=340
  line.axis x1=520 y1=20 x2=520 y2=20`,
  'comparison-row': `
svg.scale width=100% height=18
  text.tick x=4% y=13 text-anchor=start "0"
  text.tick x=50% y=13 text-anchor=middle "50"
  text.tick x=96% y=13 text-anchor=end "100"
svg.plot width=100% height=26
  line.grid x1=4% y1=13 x2=96% y2=13
  line.gap-bar x1=49.1% y1=13 x2=65.6% y2=13
  svg x=57.4% y=13 width=1 height=1
    path.dot color=#E69F00 d=[M-4.4,-4.4… 0 segs closed]
  svg x=65.6% y=13 width=1 height=1
    path.dot color=#0072B2 d=[M5,0… 2 segs]
  svg x=49.1% y=13 width=1 height=1
    path.dot color=#D55E00 d=[M0,-8.2… 3 segs closed]`,
};
