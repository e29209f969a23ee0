<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared logic of every Colophon output (HTML, XSL-FO): note numbering and ids, title styles,
  safe links, OpenURL (COinS) for citations, and the plain-text mode used for running heads,
  titles, tooltips and metadata.

  Public functions and modes are in the c: namespace; formats differ by import precedence and
  the named hooks they implement, never by copies of this logic.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    exclude-result-prefixes="#all">

  <!-- ============================================================ notes -->

  <!-- The number a note shows: its @n, or an asterisk for a note continued from an earlier page. -->
  <xsl:function name="c:note-label" as="xs:string" cache="yes">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@n/string(), '*')[1]"/>
  </xsl:function>

  <!-- The id of a note, page-qualified by the encoder; if the TEI has none, one from the note's
       place in the document (stable from run to run, unlike generate-id()). -->
  <xsl:function name="c:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id/string(), 'note-at-' || count($note/preceding::tei:note | $note/ancestor::tei:note) + 1)[1]"/>
  </xsl:function>

  <!-- The id of a note's call in the text. -->
  <xsl:function name="c:call-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'ref-' || c:note-id($note)"/>
  </xsl:function>

  <!-- Whether a note stands at a call in running text (and not alone at the page level). -->
  <xsl:function name="c:has-call" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="exists($note/parent::tei:p | $note/parent::tei:head | $note/parent::tei:quote)"/>
  </xsl:function>

  <!-- ============================================================ titles and links -->

  <!-- How a title is set: 'italic' for monographs, journals and series, 'quoted' for articles. -->
  <xsl:function name="c:title-style" as="xs:string">
    <xsl:param name="title" as="element(tei:title)"/>
    <xsl:sequence select="if ($title/@level = 'a') then 'quoted' else 'italic'"/>
  </xsl:function>

  <!-- A link target that is safe to follow: a fragment, http(s) or mailto; anything else is dropped. -->
  <xsl:function name="c:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:sequence select="if (matches($u, '^(#[\p{L}\p{N}_.\-]+|https?://[^\s&lt;&gt;&quot;]+|mailto:[^\s&lt;&gt;&quot;]+)$')) then $u else ()"/>
  </xsl:function>

  <!-- ============================================================ plain text -->

  <!-- The reading text of a node: corrections applied, divided words joined, notes and page
       furniture left out, whitespace normalised. -->
  <xsl:function name="c:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="c:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <xsl:mode name="c:plain" on-no-match="text-only-copy"/>
  <xsl:template match="tei:note | tei:fw | tei:pb | tei:sic | tei:orig" mode="c:plain"/>
  <xsl:template match="tei:lb[not(@break = 'no')]" mode="c:plain">
    <xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="tei:lb" mode="c:plain" priority="-1"/>

  <!-- The source text of a node: what the page printed (sic, orig), divided words with their hyphen. -->
  <xsl:function name="c:source" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="text" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="c:source"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($text))"/>
  </xsl:function>

  <xsl:mode name="c:source" on-no-match="text-only-copy"/>
  <xsl:template match="tei:note | tei:fw | tei:pb | tei:corr | tei:reg" mode="c:source"/>
  <xsl:template match="tei:lb" mode="c:source">
    <xsl:if test="@rend = 'hyphen'">-</xsl:if>
    <xsl:if test="not(@break = 'no')">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ citations -->

  <!-- An OpenURL ContextObject (Z39.88-2004, KEV) for a bibl: what COinS carries to Zotero. -->
  <xsl:function name="c:openurl" as="xs:string">
    <xsl:param name="bibl" as="element(tei:bibl)"/>
    <xsl:variable name="article" select="$bibl/tei:title[@level = 'a'][1]"/>
    <xsl:variable name="journal" select="$bibl/tei:title[@level = 'j'][1]"/>
    <xsl:variable name="book" select="$bibl/tei:title[not(@level = ('a', 'j'))][1]"/>
    <xsl:variable name="is-article" select="exists($journal)"/>
    <xsl:variable name="pairs" as="xs:string*">
      <xsl:sequence select="'ctx_ver=Z39.88-2004'"/>
      <xsl:sequence select="'rft_val_fmt=' || encode-for-uri(if ($is-article) then 'info:ofi/fmt:kev:mtx:journal' else 'info:ofi/fmt:kev:mtx:book')"/>
      <xsl:sequence select="'rfr_id=' || encode-for-uri('info:sid/colophon.dev:colophon')"/>
      <xsl:choose>
        <xsl:when test="$is-article">
          <xsl:sequence select="c:kev('rft.genre', 'article')"/>
          <xsl:sequence select="c:kev('rft.atitle', c:plain($article))[exists($article)]"/>
          <xsl:sequence select="c:kev('rft.jtitle', c:plain($journal))"/>
        </xsl:when>
        <xsl:when test="exists($article)">
          <xsl:sequence select="c:kev('rft.genre', 'bookitem')"/>
          <xsl:sequence select="c:kev('rft.atitle', c:plain($article))"/>
          <xsl:sequence select="c:kev('rft.btitle', c:plain($book))[exists($book)]"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="c:kev('rft.genre', if ($bibl/@type = 'archival') then 'document' else 'book')"/>
          <xsl:sequence select="c:kev('rft.btitle', c:plain($book))[exists($book)]"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="$bibl/tei:author">
        <xsl:sequence select="c:kev('rft.au', c:plain(.))"/>
      </xsl:for-each>
      <xsl:sequence select="c:kev('rft.date', ($bibl/tei:date/@when, c:plain($bibl/tei:date))[1])[exists($bibl/tei:date)]"/>
      <xsl:sequence select="c:kev('rft.volume', c:plain($bibl/tei:biblScope[@unit = 'volume'][1]))[exists($bibl/tei:biblScope[@unit = 'volume'])]"/>
      <xsl:sequence select="c:kev('rft.issue', c:plain($bibl/tei:biblScope[@unit = 'issue'][1]))[exists($bibl/tei:biblScope[@unit = 'issue'])]"/>
      <xsl:sequence select="c:kev('rft.pages', c:plain(($bibl/tei:biblScope[@unit = 'page'], $bibl/tei:citedRange[@unit = 'page'])[1]))[exists(($bibl/tei:biblScope | $bibl/tei:citedRange)[@unit = 'page'])]"/>
      <xsl:sequence select="c:kev('rft.place', c:plain($bibl/tei:pubPlace[1]))[exists($bibl/tei:pubPlace)]"/>
      <xsl:sequence select="c:kev('rft.pub', c:plain($bibl/tei:publisher[1]))[exists($bibl/tei:publisher)]"/>
    </xsl:variable>
    <xsl:sequence select="string-join($pairs, '&amp;')"/>
  </xsl:function>

  <xsl:function name="c:kev" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:sequence select="$key || '=' || encode-for-uri(normalize-space($value))"/>
  </xsl:function>

  <!-- ============================================================ document -->

  <!-- The edition's title: the teiHeader's, or the source's, or the file's. -->
  <xsl:function name="c:document-title" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="(c:plain($tei//tei:titleStmt/tei:title[1])[. != ''], c:label('untitled', c:text-lang($tei)))[1]"/>
  </xsl:function>

  <!-- The language of a document's text: xml:lang on text, else on the TEI root, else English. -->
  <xsl:function name="c:text-lang" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="c:lang(($tei/tei:TEI/tei:text, $tei/tei:TEI, $tei/*)[1])"/>
  </xsl:function>

  <xsl:function name="c:source-title" as="xs:string?">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="c:plain($tei//tei:sourceDesc/tei:bibl/tei:title[1])[. != '']"/>
  </xsl:function>

  <xsl:function name="c:language" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="($tei/tei:TEI/@xml:lang/string(), 'en')[1]"/>
  </xsl:function>

  <!-- ============================================================ language and labels -->

  <!-- The language a node is written in: the nearest xml:lang on it or its ancestors (a BCP 47
       tag such as 'de' or 'de-AT'), else English. -->
  <xsl:function name="c:lang" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang/normalize-space()[. != ''], 'en')[1]"/>
  </xsl:function>

  <!-- The ISO 639 language of a BCP 47 tag, lower case: 'de-AT' → 'de'. -->
  <xsl:function name="c:primary-language" as="xs:string">
    <xsl:param name="tag" as="xs:string"/>
    <xsl:sequence select="lower-case(tokenize($tag, '[-_]')[1])"/>
  </xsl:function>

  <!-- The ISO 3166 country of a BCP 47 tag, if it names one: 'de-AT' → 'AT'. -->
  <xsl:function name="c:country" as="xs:string?">
    <xsl:param name="tag" as="xs:string"/>
    <xsl:sequence select="upper-case(tokenize($tag, '[-_]')[position() gt 1][matches(., '^[A-Za-z]{2}$')][1])"/>
  </xsl:function>

  <!--
    The divisions a whole document's table of contents lists: those with a head, when the body
    holds pages of a document (two pb or more) and two such divisions. A single page has none.
  -->
  <xsl:function name="c:toc-divs" as="element(tei:div)*" cache="yes">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:variable name="divs" select="$tei/tei:TEI/tei:text/tei:body//tei:div[tei:head]"/>
    <xsl:sequence select="$divs[count($divs) ge 2 and count($tei/tei:TEI/tei:text/tei:body//tei:pb) ge 2]"/>
  </xsl:function>

  <!-- A division's id for the table of contents and the chapter navigation: its own, or its place among the divisions. -->
  <xsl:function name="c:div-id" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="($div/@xml:id/string(), 'div-' || count($div/preceding::tei:div | $div/ancestor::tei:div) + 1)[1]"/>
  </xsl:function>

  <!--
    Every fixed word the editions print, by key and language: the one place to translate them.
    '{}' stands for the argument of c:label#3. A language not listed falls back to English.
  -->
  <xsl:variable name="c:labels" as="map(xs:string, map(xs:string, xs:string))" select="map {
    'works-cited':      map { 'en': 'Works cited', 'de': 'Literatur', 'fr': 'Ouvrages cités' },
    'untitled':         map { 'en': 'Untitled edition', 'de': 'Edition ohne Titel', 'fr': 'Édition sans titre' },
    'page':             map { 'en': 'Page {}', 'de': 'Seite {}', 'fr': 'Page {}' },
    'contents':         map { 'en': 'Contents', 'de': 'Inhalt', 'fr': 'Table des matières' },
    'chapters':         map { 'en': 'Chapters', 'de': 'Kapitel', 'fr': 'Chapitres' },
    'previous-chapter': map { 'en': 'Previous chapter: {}', 'de': 'Voriges Kapitel: {}', 'fr': 'Chapitre précédent : {}' },
    'next-chapter':     map { 'en': 'Next chapter: {}', 'de': 'Nächstes Kapitel: {}', 'fr': 'Chapitre suivant : {}' },
    'description':      map { 'en': 'Digital edition, encoded in TEI P5 with every editorial repair recorded.',
                              'de': 'Digitale Edition, in TEI P5 kodiert, jeder Eingriff des Herausgebers verzeichnet.',
                              'fr': 'Édition numérique, encodée en TEI P5, chaque correction éditoriale consignée.' },
    'description-of':   map { 'en': 'Digital edition of {}, encoded in TEI P5 with every editorial repair recorded.',
                              'de': 'Digitale Edition von {}, in TEI P5 kodiert, jeder Eingriff des Herausgebers verzeichnet.',
                              'fr': 'Édition numérique de {}, encodée en TEI P5, chaque correction éditoriale consignée.' },
    'text-view':        map { 'en': 'Text view', 'de': 'Textansicht', 'fr': 'Affichage du texte' },
    'reading':          map { 'en': 'Reading text', 'de': 'Lesetext', 'fr': 'Texte de lecture' },
    'reading-hint':     map { 'en': 'Corrections applied; hover or focus a marked word to see what was printed',
                              'de': 'Korrekturen angewandt; ein markiertes Wort zeigt beim Zeigen oder Fokussieren, was gedruckt war',
                              'fr': 'Corrections appliquées ; survolez ou sélectionnez un mot marqué pour voir ce qui était imprimé' },
    'diplomatic':       map { 'en': 'Diplomatic text', 'de': 'Diplomatischer Text', 'fr': 'Texte diplomatique' },
    'diplomatic-hint':  map { 'en': 'The words and line breaks as printed, corrections undone',
                              'de': 'Wörter und Zeilenumbrüche wie gedruckt, Korrekturen rückgängig gemacht',
                              'fr': 'Les mots et les fins de ligne tels qu’imprimés, corrections annulées' },
    'colophon':         map { 'en': 'Encoded as TEI P5 and published by Colophon {}. Marked words were repaired by the editor; the diplomatic view shows the source as printed.',
                              'de': 'In TEI P5 kodiert und mit Colophon {} veröffentlicht. Markierte Wörter hat der Herausgeber korrigiert; die diplomatische Ansicht zeigt die Vorlage wie gedruckt.',
                              'fr': 'Encodé en TEI P5 et publié avec Colophon {}. Les mots marqués ont été corrigés par l’éditeur ; la vue diplomatique montre la source telle qu’imprimée.' },
    'corrected':        map { 'en': 'Corrected; printed: {}', 'de': 'Korrigiert; gedruckt: {}', 'fr': 'Corrigé ; imprimé : {}' },
    'normalised':       map { 'en': 'Normalised; printed: {}', 'de': 'Normalisiert; gedruckt: {}', 'fr': 'Normalisé ; imprimé : {}' },
    'printed':          map { 'en': 'printed: {}', 'de': 'gedruckt: {}', 'fr': 'imprimé : {}' },
    'nothing':          map { 'en': '(nothing)', 'de': '(nichts)', 'fr': '(rien)' },
    'doubtful':         map { 'en': ' (doubtful)', 'de': ' (unsicher)', 'fr': ' (incertain)' },
    'note':             map { 'en': 'Note {}', 'de': 'Anmerkung {}', 'fr': 'Note {}' },
    'back-to-call':     map { 'en': 'Back to the text of note {}', 'de': 'Zurück zum Text von Anmerkung {}', 'fr': 'Retour au texte de la note {}' },
    'continued':        map { 'en': 'Continued from the previous page', 'de': 'Fortsetzung von der vorigen Seite', 'fr': 'Suite de la page précédente' },
    'no-call':          map { 'en': 'Its call is not in the text', 'de': 'Ihr Verweiszeichen steht nicht im Text', 'fr': 'Son appel ne figure pas dans le texte' }
  }"/>

  <!-- The label for a key in a language (a BCP 47 tag; its primary language decides), English
       where the language has none. An unknown key is an error of the stylesheet. -->
  <xsl:function name="c:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="by-lang" select="$c:labels($key)"/>
    <xsl:if test="empty($by-lang)">
      <xsl:message terminate="yes" error-code="c:label">colophon: no label '<xsl:value-of select="$key"/>'</xsl:message>
    </xsl:if>
    <xsl:sequence select="($by-lang(c:primary-language($lang)), $by-lang('en'))[1]"/>
  </xsl:function>

  <!-- The label with its '{}' replaced by an argument ("Note {}" → "Note 7"). -->
  <xsl:function name="c:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="arg" as="xs:string"/>
    <xsl:variable name="label" select="c:label($key, $lang)"/>
    <xsl:sequence select="if (contains($label, '{}')) then substring-before($label, '{}') || $arg || substring-after($label, '{}') else $label"/>
  </xsl:function>

  <!-- The heading of the works cited: the TEI's own, unless it is missing or the English default
       an English-only writer put there; then the label in the list's language. -->
  <xsl:function name="c:works-cited-head" as="xs:string">
    <xsl:param name="list" as="element(tei:listBibl)"/>
    <xsl:variable name="lang" select="c:lang($list)"/>
    <xsl:variable name="own" select="c:plain($list/tei:head[1])"/>
    <xsl:sequence select="if ($own = '' or ($own = $c:labels('works-cited')('en') and c:primary-language($lang) != 'en'))
                          then c:label('works-cited', $lang) else $own"/>
  </xsl:function>

  <!-- The running head printed with a page break: the fw header that follows it before the next pb. -->
  <xsl:function name="c:running-head" as="xs:string?">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:variable name="next-pb" select="($pb/following::tei:pb)[1]"/>
    <xsl:sequence select="c:plain(($pb/following::tei:fw[@type = 'header'][not($next-pb) or . &lt;&lt; $next-pb])[1]/node())[. != '']"/>
  </xsl:function>

</xsl:stylesheet>
