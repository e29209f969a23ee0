<?xml version="1.0" encoding="UTF-8"?>
<!--
  Colophon's print edition: TEI → XSL-FO for Apache FOP. A book page (156 × 234 mm by default),
  running heads from chapter and section, folios, the source's page numbers where its pb falls,
  every note a real footnote on the page of its call (label and body in a list-block), and
  nothing block-level inside an inline, whatever a note holds.

  Shares note labels, titles, plain text and document metadata with the HTML edition through
  ../common/common.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    xmlns:f="https://colophon.dev/ns/fo"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:s="https://colophon.dev/ns/pdf-structure"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- ============================================================ parameters -->
  <xsl:param name="page-width" as="xs:string" select="'156mm'"/>
  <xsl:param name="page-height" as="xs:string" select="'234mm'"/>
  <xsl:param name="font-family" as="xs:string" select="'Colophon Serif, Colophon CJK'"/>
  <xsl:param name="body-size" as="xs:string" select="'10.5pt'"/>
  <xsl:param name="note-size" as="xs:string" select="'8.5pt'"/>

  <!-- Margins as a proportion of the page: inner narrow, outer wider, foot widest. -->
  <xsl:variable name="f:inner" select="'17mm'"/>
  <xsl:variable name="f:outer" select="'20mm'"/>
  <xsl:variable name="f:top" select="'14mm'"/>
  <xsl:variable name="f:bottom" select="'18mm'"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="f:inline" on-no-match="shallow-skip"/>

  <!-- ============================================================ document -->
  <xsl:template match="/">
    <xsl:variable name="lang" select="c:text-lang(.)"/>
    <fo:root xml:lang="{$lang}" font-family="{$font-family}" font-size="{$body-size}" line-height="1.38"
             font-selection-strategy="character-by-character" line-height-shift-adjustment="disregard-shifts" hyphenation-character="-">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="recto" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="{$f:top}" margin-bottom="{$f:bottom}" margin-left="{$f:inner}" margin-right="{$f:outer}">
          <fo:region-body margin-top="9mm"/>
          <fo:region-before extent="6mm" region-name="head-recto"/>
        </fo:simple-page-master>
        <fo:simple-page-master master-name="verso" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="{$f:top}" margin-bottom="{$f:bottom}" margin-left="{$f:outer}" margin-right="{$f:inner}">
          <fo:region-body margin-top="9mm"/>
          <fo:region-before extent="6mm" region-name="head-verso"/>
        </fo:simple-page-master>
        <fo:page-sequence-master master-name="book">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="recto" odd-or-even="odd"/>
            <fo:conditional-page-master-reference master-reference="verso" odd-or-even="even"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>

      <xsl:call-template name="f:bookmarks"/>

      <fo:page-sequence master-reference="book" hyphenate="true"
                        hyphenation-push-character-count="3" hyphenation-remain-character-count="3">
        <xsl:sequence select="f:language(.)"/>
        <!-- the folio at the outer margin: right on a recto, left on a verso -->
        <fo:static-content flow-name="head-recto" role="artifact">
          <fo:block text-align-last="justify" font-size="8.5pt" letter-spacing="0.02em">
            <xsl:call-template name="f:running-head"/>
            <fo:leader leader-pattern="space"/>
            <fo:page-number/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="head-verso" role="artifact">
          <fo:block text-align-last="justify" font-size="8.5pt" letter-spacing="0.02em">
            <fo:page-number/>
            <fo:leader leader-pattern="space"/>
            <xsl:call-template name="f:running-head"/>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
          <fo:block space-before="4pt" space-after="2pt">
            <fo:leader leader-pattern="rule" leader-length="22%" rule-thickness="0.4pt" color="#444444"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body" hyphenation-ladder-count="2">
          <xsl:call-template name="f:toc"/>
          <xsl:apply-templates select="tei:TEI/tei:text"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- The language and country of an element's text, as FO properties (hyphenation follows them). -->
  <xsl:function name="f:language" as="attribute()*">
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="tag" select="c:lang(($context/self::document-node()/(tei:TEI/tei:text, tei:TEI, *)[1], $context)[1])"/>
    <xsl:attribute name="language" select="c:primary-language($tag)"/>
    <xsl:if test="c:country($tag)">
      <xsl:attribute name="country" select="c:country($tag)"/>
    </xsl:if>
  </xsl:function>

  <!-- An element's language, where it sets one of its own. -->
  <xsl:template name="f:own-language">
    <xsl:if test="@xml:lang">
      <xsl:sequence select="f:language(.)"/>
    </xsl:if>
  </xsl:template>

  <!--
    Running heads. Every block of the flow carries, as its first child, a marker with the head in
    effect where it stands: the title of its innermost headed division, the works-cited heading
    in the back matter, else the book's title. The page head retrieves the first marker on the
    page, including a block carried over from the page before: a page that starts in the middle
    of a paragraph shows that paragraph's head, never one of a heading further down the page.
  -->
  <xsl:template name="f:running-head">
    <fo:inline font-style="italic">
      <fo:retrieve-marker retrieve-class-name="head" retrieve-position="first-including-carryover"
                          retrieve-boundary="page-sequence"/>
    </fo:inline>
  </xsl:template>

  <xsl:template name="f:marker">
    <fo:marker marker-class-name="head">
      <xsl:value-of select="f:head-in-effect(.)"/>
    </fo:marker>
  </xsl:template>

  <xsl:function name="f:head-in-effect" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="list" select="$e/ancestor-or-self::tei:listBibl[parent::tei:back][1]"/>
    <xsl:variable name="div" select="$e/ancestor-or-self::tei:div[tei:head][1]"/>
    <xsl:sequence select="if ($list) then c:works-cited-head($list)
                          else (c:plain($div/tei:head[1])[. != ''], f:book-head(root($e)))[1]"/>
  </xsl:function>

  <xsl:function name="f:book-head" as="xs:string" cache="yes">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="(c:source-title($tei), c:plain(($tei//tei:fw[@type = 'header'])[1]/node())[. != ''], c:document-title($tei))[1]"/>
  </xsl:function>

  <!-- Bookmarks: chapters with their sections inside, and the source's pages. -->
  <xsl:template name="f:bookmarks">
    <xsl:variable name="divs" select="//tei:text//tei:div[tei:head]"/>
    <xsl:variable name="pbs" select="//tei:text//tei:pb[@n]"/>
    <xsl:if test="exists($divs | $pbs)">
      <fo:bookmark-tree>
        <xsl:apply-templates select="$divs[empty(ancestor::tei:div intersect $divs)]" mode="f:bookmark">
          <xsl:with-param name="divs" select="$divs" tunnel="yes"/>
        </xsl:apply-templates>
        <xsl:for-each select="$pbs">
          <fo:bookmark internal-destination="{f:id(.)}">
            <fo:bookmark-title>
              <xsl:value-of select="c:label('page', c:lang(.), @n)"/>
            </fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark-tree>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div" mode="f:bookmark">
    <xsl:param name="divs" as="element(tei:div)*" tunnel="yes"/>
    <xsl:variable name="within" select="descendant::tei:div intersect $divs"/>
    <fo:bookmark internal-destination="{f:id(.)}">
      <fo:bookmark-title>
        <xsl:value-of select="c:plain(tei:head[1])"/>
      </fo:bookmark-title>
      <xsl:apply-templates select="$within[empty(ancestor::tei:div intersect $within)]" mode="f:bookmark"/>
    </fo:bookmark>
  </xsl:template>

  <!-- A whole document's table of contents: each chapter and section with the page it begins on (c:toc-divs). -->
  <xsl:template name="f:toc">
    <xsl:variable name="divs" select="c:toc-divs(root(.))"/>
    <xsl:if test="exists($divs)">
      <!-- PDF/UA: a TOC holds only TOCI, so the heading stands before it; a link has alternate text -->
      <fo:block space-after="18pt" break-after="page">
        <fo:block font-size="15pt" space-after="12pt" role="H1">
          <xsl:value-of select="c:label('contents', c:lang(tei:TEI/tei:text))"/>
        </fo:block>
        <fo:block role="TOC">
        <xsl:for-each select="$divs">
          <fo:block role="TOCI" text-align-last="justify" font-size="10pt" space-after="3pt"
                    start-indent="{1.2 * count(ancestor::tei:div intersect $divs)}em">
            <fo:basic-link internal-destination="{f:id(.)}" fox:alt-text="{c:plain(tei:head[1])}">
              <xsl:value-of select="c:plain(tei:head[1])"/>
              <fo:leader leader-pattern="dots"/>
              <fo:page-number-citation ref-id="{f:id(.)}"/>
            </fo:basic-link>
          </fo:block>
        </xsl:for-each>
        </fo:block>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- A stable id for an element: its own, or one from its place in the document. -->
  <xsl:function name="f:id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/@xml:id/string(), local-name($e) || '-at-' || count($e/preceding::* | $e/ancestor::*))[1]"/>
  </xsl:function>

  <!-- ============================================================ blocks -->
  <xsl:template match="tei:text | tei:front | tei:body | tei:back">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:div">
    <fo:block id="{f:id(.)}" role="Sect">
      <xsl:call-template name="f:own-language"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!--
    A heading's level in the PDF structure (H1...H6): one more than the headed divisions around
    its own, so the first heading of any document is H1 and a level is never skipped, whether
    the page opens a chapter or starts among its sections. The works-cited heading is H1.
  -->
  <xsl:function name="f:heading-level" as="xs:integer">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="min((6, count($head/ancestor::tei:div[tei:head])))"/>
  </xsl:function>

  <xsl:template match="tei:div/tei:head">
    <xsl:variable name="chapter" select="../@type = 'chapter'"/>
    <fo:block role="H{f:heading-level(.)}" keep-with-next.within-page="always"
              font-size="{if ($chapter) then '15pt' else '11.5pt'}" font-style="{if ($chapter) then 'normal' else 'italic'}"
              space-before="{if ($chapter) then '18pt' else '12pt'}" space-after="{if ($chapter) then '14pt' else '6pt'}"
              line-height="1.2" text-align="{if ($chapter) then 'center' else 'left'}" hyphenate="false">
      <xsl:call-template name="f:marker"/>
      <xsl:call-template name="f:own-language"/>
      <xsl:apply-templates mode="f:inline"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:p">
    <xsl:variable name="first" select="empty(preceding-sibling::tei:p) or preceding-sibling::*[not(self::tei:pb or self::tei:fw)][1][self::tei:head]"/>
    <fo:block text-align="justify" text-indent="{if ($first) then '0' else '1.2em'}" role="P"
              orphans="2" widows="2">
      <xsl:call-template name="f:marker"/>
      <xsl:call-template name="f:own-language"/>
      <xsl:apply-templates mode="f:inline"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:quote">
    <fo:block margin-left="1.5em" margin-right="1.5em" space-before="6pt" space-after="6pt"
              font-size="9.5pt" text-align="justify" role="BlockQuote">
      <xsl:call-template name="f:marker"/>
      <xsl:call-template name="f:own-language"/>
      <xsl:apply-templates mode="f:inline"/>
    </fo:block>
  </xsl:template>

  <!--
    A figure: the source's figure is not reproduced, only its caption; the structure's Figure has
    its description (figDesc) as alternative text, else the caption's words.
  -->
  <xsl:template match="tei:figure">
    <xsl:variable name="alt" select="(c:plain(tei:figDesc[1])[. != ''], c:plain(tei:head[1])[. != ''], 'Figure')[1]"/>
    <fo:block space-before="8pt" space-after="8pt" keep-together.within-page="always" role="Figure">
      <xsl:call-template name="f:marker"/>
      <fo:block font-size="9pt" font-style="italic" text-align="center" role="Caption">
        <fo:inline s:alt="{$alt}">
          <xsl:apply-templates select="tei:head[1]/node()" mode="f:inline"/>
        </fo:inline>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- A note standing alone at page level: a footnote anchored to an empty line. -->
  <xsl:template match="tei:note">
    <fo:block>
      <xsl:call-template name="f:marker"/>
      <xsl:apply-templates select="." mode="f:inline"/>
    </fo:block>
  </xsl:template>

  <!-- The source's page break: the page number set small where it falls; fw is furniture. -->
  <xsl:template match="tei:pb">
    <fo:block id="{f:id(.)}" font-size="7.5pt" color="#666666" text-align="end" keep-with-next.within-page="always">
      <xsl:call-template name="f:marker"/>
      <xsl:value-of select="'[' || (@n, '–')[1] || ']'"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:fw" mode="#default f:inline"/>

  <!-- The bibliography: each work once, hanging indent. -->
  <xsl:template match="tei:back/tei:listBibl">
    <fo:block space-before="18pt" role="Sect" id="{f:id(.)}">
      <xsl:call-template name="f:own-language"/>
      <fo:block font-size="11.5pt" font-style="italic" space-after="6pt" keep-with-next.within-page="always" role="H1">
        <xsl:call-template name="f:marker"/>
        <xsl:value-of select="c:works-cited-head(.)"/>
      </fo:block>
      <xsl:for-each select="tei:bibl">
        <fo:block font-size="9.5pt" start-indent="1.5em" text-indent="-1.5em" space-after="3pt" text-align="left" role="P">
          <xsl:call-template name="f:marker"/>
          <xsl:call-template name="f:own-language"/>
          <xsl:apply-templates select="." mode="f:inline"/>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ inline -->
  <xsl:template match="tei:pb" mode="f:inline">
    <fo:inline id="{f:id(.)}" font-size="7pt" color="#666666" baseline-shift="super">
      <xsl:value-of select="'[' || (@n, '–')[1] || ']'"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:lb" mode="f:inline"/>

  <!-- A passage in a language of its own (foreign, a title, a quotation...): its xml:lang goes to
       the PDF structure (/Lang) and, as language and country, to hyphenation. -->
  <xsl:template match="*[@xml:lang][not(self::tei:note)]" mode="f:inline" priority="5">
    <fo:inline xml:lang="{@xml:lang}">
      <xsl:sequence select="f:language(.)"/>
      <xsl:next-match/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:choice" mode="f:inline">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan)[1]/node()" mode="f:inline"/>
  </xsl:template>

  <xsl:template match="tei:hi" mode="f:inline">
    <xsl:variable name="rend" select="tokenize(@rend)"/>
    <fo:inline>
      <xsl:if test="$rend = ('italic', 'i', 'italics')"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:if test="$rend = ('bold', 'b')"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
      <xsl:if test="$rend = ('superscript', 'sup')">
        <xsl:attribute name="baseline-shift" select="'super'"/>
        <xsl:attribute name="font-size" select="'70%'"/>
      </xsl:if>
      <xsl:apply-templates mode="f:inline"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:term | tei:mentioned | tei:soCalled" mode="f:inline">
    <fo:inline font-style="italic">
      <xsl:apply-templates mode="f:inline"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:title" mode="f:inline">
    <fo:inline>
      <xsl:if test="c:title-style(.) = 'italic'">
        <xsl:attribute name="font-style" select="'italic'"/>
      </xsl:if>
      <xsl:apply-templates mode="f:inline"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:bibl[@xml:id]" mode="f:inline" priority="1">
    <fo:inline id="{@xml:id}">
      <xsl:apply-templates mode="f:inline"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:ref[starts-with(@target, '#')]" mode="f:inline" priority="1">
    <fo:basic-link internal-destination="{substring(@target, 2)}" fox:alt-text="{normalize-space(.)}">
      <xsl:apply-templates mode="f:inline"/>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="tei:bibl | tei:author | tei:editor | tei:date | tei:biblScope | tei:citedRange | tei:pubPlace
                       | tei:publisher | tei:orgName | tei:persName | tei:placeName | tei:idno | tei:edition | tei:name | tei:ref"
                mode="f:inline">
    <xsl:apply-templates mode="f:inline"/>
  </xsl:template>

  <!--
    A footnote: the call superscript in the text; in the footnote area the number as a label
    beside the note's body (a list-block, so the label and a block-level body share a line).
    The note's content is set inline throughout, so nothing block-level lands inside an inline.
  -->
  <xsl:template match="tei:note" mode="f:inline">
    <xsl:variable name="label" select="c:note-label(.)"/>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="65%" line-height="0" role="Reference" s:note="{c:note-id(.)}">
        <xsl:value-of select="$label"/>
      </fo:inline>
      <fo:footnote-body>
        <fo:list-block id="{c:note-id(.)}" provisional-distance-between-starts="1.6em" provisional-label-separation="0.4em"
                       font-size="{$note-size}" line-height="1.3" space-before="2pt" text-align="justify"
                       text-indent="0" start-indent="0" end-indent="0" font-style="normal" font-weight="normal">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block text-align="end">
                <xsl:value-of select="$label"/>
              </fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <xsl:call-template name="f:own-language"/>
                <xsl:apply-templates mode="f:inline"/>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- Text; a number range ("1929–33", "577–608") is kept on one line, never broken after its dash. -->
  <xsl:template match="text()" mode="f:inline">
    <xsl:analyze-string select="." regex="\p{{Nd}}+[&#x2012;&#x2013;]\p{{Nd}}+">
      <xsl:matching-substring>
        <fo:inline keep-together.within-line="always">
          <xsl:value-of select="."/>
        </fo:inline>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- ============================================================ unknown -->
  <xsl:template match="*" mode="f:inline" priority="-2">
    <xsl:message>colophon: unknown element &lt;<xsl:value-of select="name()"/>&gt; printed as its text</xsl:message>
    <fo:inline>
      <xsl:apply-templates mode="f:inline"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:text//*" priority="-2">
    <xsl:message>colophon: unknown element &lt;<xsl:value-of select="name()"/>&gt; printed as its text</xsl:message>
    <fo:block>
      <xsl:call-template name="f:marker"/>
      <xsl:apply-templates mode="f:inline"/>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
