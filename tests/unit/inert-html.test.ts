// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inertHtml } from '@/lib/preview/inert-html';

// What leaves a hostile document before it becomes a preview (the e2e test counts connections and resolutions in Chromium).

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('untrusted HTML made inert', () => {
  it('drops every connection hint, refresh, <base> and embedded browsing context', () => {
    const hostile = `<head>
      <link rel="preconnect" href="https://pre.attacker.example"><link rel="dns-prefetch" href="//dns.attacker.example">
      <link rel="prefetch" href="https://prefetch.attacker.example/x"><link rel="preload" as="image" href="https://preload.attacker.example/x.png">
      <link rel="modulepreload" href="https://module.attacker.example/m.js"><link rel="prerender" href="https://prerender.attacker.example/">
      <link rel="stylesheet" href="https://css.attacker.example/s.css"><link rel="icon" href="https://icon.attacker.example/i.ico">
      <meta http-equiv="refresh" content="0;url=https://refresh.attacker.example/"><meta http-equiv="Content-Security-Policy" content="default-src *">
      <base href="https://base.attacker.example/"><script src="https://script.attacker.example/s.js"></script></head>
      <body><iframe src="https://frame.attacker.example/"></iframe><object data="https://object.attacker.example/"></object>
      <embed src="https://embed.attacker.example/"><template><link rel="preconnect" href="https://template.attacker.example"></template>
      <p>Kept text</p></body>`;
    const out = inertHtml(hostile);
    expect(out).not.toContain('attacker.example');
    const doc = parse(out);
    expect(doc.querySelectorAll('link, meta, base, script, iframe, object, embed, template')).toHaveLength(0);
    expect(doc.body.textContent).toContain('Kept text');
  });

  it('drops every address attribute, keeping inline images and in-document links', () => {
    const hostile = `<a href="https://link.attacker.example/" ping="https://ping.attacker.example/" attributionsrc="https://ar.attacker.example/">a link</a>
      <img src="https://img.attacker.example/x.png" srcset="https://srcset.attacker.example/x.png 2x" alt="remote">
      <img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">
      <video poster="https://poster.attacker.example/p.png"><source src="https://media.attacker.example/v.mp4"></video>
      <form action="https://form.attacker.example/"><button formaction="https://button.attacker.example/">Send</button></form>
      <svg><image href="https://svg.attacker.example/i.png"/><use xlink:href="https://use.attacker.example/s.svg#x"/><a href="#top">top</a></svg>
      <table background="https://bg.attacker.example/b.png"><tr><td>cell</td></tr></table>
      <p onclick="fetch('https://js.attacker.example')">text</p>`;
    const out = inertHtml(hostile);
    expect(out.replace(/title="[^"]*"/g, '')).not.toContain('attacker.example');
    const doc = parse(out);
    expect(doc.querySelector('img[alt="inline"]')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(doc.querySelector('img[alt="remote"]')?.hasAttribute('src')).toBe(false);
    expect(doc.querySelector('svg a')?.getAttribute('href')).toBe('#top');
    // The link's text stays, and a person can still see where it pointed.
    const link = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'a link')!;
    expect(link.hasAttribute('href')).toBe(false);
    expect(link.getAttribute('title')).toBe('https://link.attacker.example/');
    expect(doc.querySelector('[onclick]')).toBeNull();
  });

  it('leaves ordinary content as it was', () => {
    const doc = parse(
      inertHtml(
        '<h1>Q3 revenue</h1><table><tr><th>quarter</th></tr><tr><td>Q3</td></tr></table><p style="color:red">red <b>bold</b></p>',
      ),
    );
    expect(doc.querySelector('h1')?.textContent).toBe('Q3 revenue');
    expect(doc.querySelectorAll('td')).toHaveLength(1);
    expect(doc.querySelector('p')?.getAttribute('style')).toBe('color:red');
  });
});
