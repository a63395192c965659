# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites resources/lessons.qrc from the lesson folders: python3 lessons/tools/qrc.py
import os
here = os.path.dirname(os.path.abspath(__file__))
lessons = os.path.normpath(os.path.join(here, '..'))
out = os.path.normpath(os.path.join(lessons, '..', 'resources', 'lessons.qrc'))
lines = ['<!DOCTYPE RCC><RCC version="1.0">', '<qresource prefix="/">']
# Files shared by all lessons (the glossary).
for f in sorted(os.listdir(lessons)):
    if f.endswith('.json') and os.path.isfile(os.path.join(lessons, f)):
        lines.append(f'  <file alias="lessons/{f}">../lessons/{f}</file>')
for d in sorted(os.listdir(lessons)):
    full = os.path.join(lessons, d)
    if d == 'tools' or not os.path.isdir(full):
        continue
    if d != 'images' and not os.path.exists(os.path.join(full, 'lesson.json')):
        continue
    for f in sorted(os.listdir(full)):
        lines.append(f'  <file alias="lessons/{d}/{f}">../lessons/{d}/{f}</file>')
lines += ['</qresource>', '</RCC>']
open(out, 'w').write('\n'.join(lines) + '\n')
