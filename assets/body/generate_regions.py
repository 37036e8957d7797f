#!/usr/bin/env python3
"""Generates src/main/resources/dev/kip/body/regions.json, Kip's body-map geometry.

Each figure is drawn as the viewer's LEFT half (x <= 120 in a 240 x 560 box) and mirrored.
Points are joined by a closed Catmull-Rom spline written as cubic Beziers, so every shape is
rounded; a point given as (x, y, 'c') is a corner (used where a shape meets the midline).
Only absolute M, C and Z commands are emitted; dev.kip.body.PathData parses them.

On the FRONT figure the viewer's left half is the person's RIGHT side; on the BACK figure it
is the person's LEFT side.

    python3 assets/body/generate_regions.py            # writes the JSON
    python3 assets/body/generate_regions.py --svg x.svg  # also writes a preview SVG
"""
import json
import math
import sys
from pathlib import Path

W, H, MID = 240, 560, 120

# The silhouette, from the top of the head down the viewer's left side to the crotch.
OUTLINE_HALF = [
    (120, 8), (107, 11), (99, 20), (96, 34), (97, 48), (100, 60), (106, 70), (112, 76),
    (111, 88), (100, 95), (78, 99), (60, 104), (48, 114), (42, 132), (38, 156), (34, 184),
    (30, 214), (25, 244), (20, 274), (17, 300), (13, 314), (10, 330), (12, 348), (19, 360),
    (27, 358), (32, 344), (36, 326), (40, 308), (46, 280), (52, 250), (58, 222), (64, 196),
    (69, 174), (73, 160), (75, 168), (75, 190), (78, 216), (77, 236), (72, 256), (68, 280),
    (66, 310), (68, 345), (74, 380), (79, 402), (77, 430), (79, 458), (86, 490), (89, 510),
    (85, 528), (82, 546), (92, 552), (110, 550), (112, 534), (110, 514), (112, 480),
    (114, 440), (113, 414), (115, 380), (117, 340), (118, 312), (120, 304, 'c'),
]

# Region half-shapes: id stem -> (figure, points). Midline regions list only their viewer-left
# half, from the top midline point round to the bottom midline point.

FRONT = {
    'NECK': [(120, 80, 'c'), (112, 80), (110, 90), (103, 98), (120, 100, 'c')],
    'SHOULDER': [(62, 106), (80, 102), (94, 104), (84, 116), (76, 132), (68, 150), (56, 150), (48, 132), (52, 116)],
    'CHEST': [(118, 106, 'c'), (118, 158, 'c'), (104, 164), (88, 160), (78, 148), (82, 128), (92, 112), (104, 106)],
    'BICEPS': [(56, 154), (66, 156), (68, 168), (63, 190), (56, 210), (42, 212), (38, 194), (42, 168)],
    'FOREARM': [(36, 220), (55, 222), (53, 242), (47, 266), (38, 296), (21, 298), (23, 268), (29, 240)],
    'WRIST_HAND': [(19, 304), (37, 304), (35, 322), (30, 342), (25, 354), (18, 352), (14, 334), (15, 316)],
    'ABDOMEN': [(120, 166, 'c'), (104, 168), (98, 196), (97, 226), (100, 256), (110, 270), (120, 276, 'c')],
    'OBLIQUE': [(84, 166), (96, 172), (93, 200), (93, 230), (96, 256), (84, 260), (78, 240), (80, 210), (78, 184)],
    'HIP_GROIN': [(76, 262), (96, 262), (108, 276), (117, 296), (116, 306), (104, 300), (86, 290), (72, 282)],
    'QUADRICEPS': [(70, 290), (86, 298), (104, 306), (115, 314), (113, 346), (109, 376), (100, 390), (88, 390), (78, 372), (72, 340)],
    'KNEE': [(84, 398), (96, 394), (108, 398), (110, 412), (104, 424), (94, 426), (84, 418), (81, 408)],
    'SHIN': [(84, 432), (96, 430), (109, 432), (109, 460), (106, 490), (100, 504), (92, 502), (86, 482), (81, 456)],
    'ANKLE_FOOT': [(91, 510), (106, 510), (109, 526), (109, 546), (96, 548), (86, 545), (87, 528)],
}

BACK = {
    'NECK': [(120, 76, 'c'), (111, 77), (109, 85), (106, 91), (120, 91, 'c')],
    # The spine runs down the middle of the back as three strips (thoracic, lumbar, sacrum), so a
    # low back pain on the spine is not forced onto the left or right lower back.
    'TRAPEZIUS': [(112.5, 93, 'c'), (112.5, 160, 'c'), (108, 149), (100, 128), (86, 110), (66, 104), (86, 98), (104, 94)],
    'THORACIC_SPINE': [(120, 93, 'c'), (114.5, 94, 'c'), (114.5, 181, 'c'), (120, 183, 'c')],
    'REAR_SHOULDER': [(64, 110), (80, 112), (88, 120), (80, 136), (70, 152), (56, 150), (48, 132), (52, 116)],
    'UPPER_BACK': [(92, 122), (100, 136), (108, 154), (100, 164), (88, 162), (80, 148), (84, 130)],
    'LATS': [(78, 154), (88, 168), (104, 170), (111, 178), (108.5, 200), (100, 222), (86, 236), (78, 220), (76, 190), (73, 166)],
    'TRICEPS': [(58, 156), (68, 158), (66, 178), (60, 200), (44, 204), (37, 190), (40, 166)],
    'ELBOW': [(40, 208), (56, 208), (59, 218), (55, 230), (40, 231), (33, 220)],
    'FOREARM': [(34, 236), (55, 236), (51, 258), (45, 280), (38, 298), (20, 298), (23, 268), (28, 248)],
    'LOWER_BACK': [(112.5, 188, 'c'), (112.5, 256, 'c'), (104, 259), (90, 254), (86, 244), (100, 226), (109, 206)],
    'LUMBAR_SPINE': [(120, 186, 'c'), (114.5, 187, 'c'), (114.5, 257, 'c'), (120, 259, 'c')],
    'SACRUM': [(120, 262, 'c'), (107, 263, 'c'), (120, 303, 'c')],
    'GLUTES': [(88, 263), (103, 265, 'c'), (117, 307, 'c'), (118, 318), (108, 330), (90, 332), (74, 320), (70, 296), (76, 271)],
    'HAMSTRINGS': [(72, 330), (88, 338), (106, 338), (116, 334), (114, 362), (110, 388), (96, 394), (82, 390), (76, 364)],
    'KNEE': [(84, 400), (97, 398), (110, 400), (111, 408), (104, 414), (92, 414), (83, 408)],
    'CALF': [(82, 421), (96, 419), (112, 421), (113, 444), (108, 470), (98, 480), (88, 474), (80, 448)],
    'ACHILLES_HEEL': [(93, 486), (106, 486), (108, 512), (110, 532), (104, 546), (92, 546), (86, 532), (90, 512)],
}
MIDLINE = {'NECK', 'ABDOMEN', 'THORACIC_SPINE', 'LUMBAR_SPINE', 'SACRUM'}


def mirror(points):
    return [(W - p[0], p[1]) + tuple(p[2:]) for p in points]


def full_midline_shape(half):
    """Closes a viewer-left half (top midline point ... bottom midline point) with its mirror."""
    other = mirror(half[1:-1])
    other.reverse()
    return half + other


def smooth_path(points):
    """Closed Catmull-Rom spline through the points as absolute M/C/Z path data."""
    n = len(points)
    xy = [(float(p[0]), float(p[1])) for p in points]
    corner = [len(p) > 2 and p[2] == 'c' for p in points]

    def tangent(i):
        if corner[i]:
            return 0.0, 0.0
        (ax, ay), (bx, by) = xy[(i - 1) % n], xy[(i + 1) % n]
        return (bx - ax) / 6.0, (by - ay) / 6.0

    out = ['M %s %s' % (fmt(xy[0][0]), fmt(xy[0][1]))]
    for i in range(n):
        j = (i + 1) % n
        ti, tj = tangent(i), tangent(j)
        out.append('C %s %s %s %s %s %s' % (
            fmt(xy[i][0] + ti[0]), fmt(xy[i][1] + ti[1]),
            fmt(xy[j][0] - tj[0]), fmt(xy[j][1] - tj[1]),
            fmt(xy[j][0]), fmt(xy[j][1])))
    out.append('Z')
    return ' '.join(out)


def fmt(v):
    s = '%.1f' % v
    return s[:-2] if s.endswith('.0') else s


def polygon_centroid(points):
    a = cx = cy = 0.0
    n = len(points)
    for i in range(n):
        x0, y0 = points[i][:2]
        x1, y1 = points[(i + 1) % n][:2]
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2.0
    return cx / (6 * a), cy / (6 * a)


def inside(points, x, y):
    hit = False
    n = len(points)
    for i in range(n):
        x0, y0 = points[i][:2]
        x1, y1 = points[(i + 1) % n][:2]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def label_point(points):
    """The centroid, or for a bent shape the inside point nearest to it."""
    cx, cy = polygon_centroid(points)
    if inside(points, cx, cy):
        return round(cx, 1), round(cy, 1)
    best = None
    for r in range(1, 60):
        for k in range(16):
            x = cx + r * math.cos(k * math.pi / 8)
            y = cy + r * math.sin(k * math.pi / 8)
            if inside(points, x, y):
                return round(x, 1), round(y, 1)
    raise ValueError('no inside point for shape starting at %s' % (points[0],))


def figure(side, halves, viewer_left_suffix, viewer_right_suffix):
    regions = []
    for stem, half in halves.items():
        if stem in MIDLINE:
            shapes = [(side + '.' + stem, full_midline_shape(half))]
        else:
            shapes = [(side + '.' + stem + viewer_left_suffix, half),
                      (side + '.' + stem + viewer_right_suffix, mirror(half))]
        for rid, pts in shapes:
            lx, ly = label_point(pts)
            regions.append({'id': rid, 'path': smooth_path(pts), 'labelX': lx, 'labelY': ly})
    outline = full_midline_shape([(MID, 8, 'c')] + OUTLINE_HALF[1:])
    return {'side': side, 'width': W, 'height': H, 'outline': smooth_path(outline), 'regions': regions}


def main():
    doc = {
        'comment': 'Generated by assets/body/generate_regions.py; edit that script, not this file. '
                   '.L/.R are the person\'s own sides: on FRONT their left is the viewer\'s right.',
        'figures': [figure('FRONT', FRONT, '.R', '.L'), figure('BACK', BACK, '.L', '.R')],
    }
    root = Path(__file__).resolve().parents[2]
    target = root / 'src/main/resources/dev/kip/body/regions.json'
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc, indent=1) + '\n', encoding='utf-8')
    if len(sys.argv) == 3 and sys.argv[1] == '--svg':
        write_preview(doc, Path(sys.argv[2]))


def write_preview(doc, out):
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">'
             % (2 * W * 2, H * 2, 2 * W, H), '<rect width="100%" height="100%" fill="white"/>']
    for i, fig in enumerate(doc['figures']):
        parts.append('<g transform="translate(%d 0)">' % (i * W))
        parts.append('<path d="%s" fill="#eee" stroke="#555" stroke-width="1"/>' % fig['outline'])
        for r in fig['regions']:
            parts.append('<path d="%s" fill="#fbd3a5" fill-opacity="0.8" stroke="#a33" stroke-width="0.6"/>' % r['path'])
            parts.append('<text x="%s" y="%s" font-size="4" text-anchor="middle">%s</text>'
                         % (r['labelX'], r['labelY'], r['id'].split('.', 1)[1]))
        parts.append('</g>')
    parts.append('</svg>')
    out.write_text('\n'.join(parts), encoding='utf-8')


if __name__ == '__main__':
    main()
