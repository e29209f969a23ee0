<?xml version="1.0" encoding="UTF-8"?>
<!-- A whole document's table of contents (chapters with their sections) and the navigation from
     chapter to chapter; a single page has neither (c:toc-divs). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    xmlns:h="https://colophon.dev/ns/html"
    exclude-result-prefixes="#all">

  <xsl:template name="h:toc">
    <xsl:variable name="divs" select="c:toc-divs(root(.))"/>
    <xsl:if test="exists($divs)">
      <xsl:variable name="lang" select="c:lang(tei:TEI/tei:text)"/>
      <nav class="toc" aria-labelledby="toc-head">
        <h2 id="toc-head">
          <xsl:value-of select="c:label('contents', $lang)"/>
        </h2>
        <ol>
          <xsl:apply-templates select="$divs[empty(ancestor::tei:div intersect $divs)]" mode="h:toc">
            <xsl:with-param name="divs" select="$divs" tunnel="yes"/>
          </xsl:apply-templates>
        </ol>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div" mode="h:toc">
    <xsl:param name="divs" as="element(tei:div)*" tunnel="yes"/>
    <xsl:variable name="within" select="descendant::tei:div intersect $divs"/>
    <li>
      <a href="#{c:div-id(.)}">
        <xsl:value-of select="c:plain(tei:head[1])"/>
      </a>
      <xsl:if test="exists($within)">
        <ol>
          <xsl:apply-templates select="$within[empty(ancestor::tei:div intersect $within)]" mode="h:toc"/>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- At the end of a chapter: links to the chapters before and after it, and to the contents. -->
  <xsl:template name="h:chapter-nav">
    <xsl:variable name="divs" select="c:toc-divs(root(.))"/>
    <xsl:if test="@type = 'chapter' and exists(. intersect $divs)">
      <xsl:variable name="lang" select="c:lang(.)"/>
      <xsl:variable name="before" select="(preceding::tei:div intersect $divs)[@type = 'chapter'][last()]"/>
      <xsl:variable name="after" select="(following::tei:div intersect $divs)[@type = 'chapter'][1]"/>
      <nav class="chapter-nav" aria-label="{c:label('chapters', $lang)}">
        <xsl:for-each select="$before">
          <a rel="prev" href="#{c:div-id(.)}">
            <xsl:value-of select="c:label('previous-chapter', $lang, c:plain(tei:head[1]))"/>
          </a>
        </xsl:for-each>
        <a href="#toc-head">
          <xsl:value-of select="c:label('contents', $lang)"/>
        </a>
        <xsl:for-each select="$after">
          <a rel="next" href="#{c:div-id(.)}">
            <xsl:value-of select="c:label('next-chapter', $lang, c:plain(tei:head[1]))"/>
          </a>
        </xsl:for-each>
      </nav>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
