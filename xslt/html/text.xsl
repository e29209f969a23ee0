<?xml version="1.0" encoding="UTF-8"?>
<!-- The text: divisions, headings, paragraphs, figures, quotations, inline markup, page breaks,
     line breaks and editorial choices (both views are in the page; CSS shows one). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    xmlns:h="https://colophon.dev/ns/html"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:text">
    <article class="text">
      <xsl:apply-templates select="@xml:lang" mode="h:lang"/>
      <xsl:apply-templates/>
    </article>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:back">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:div">
    <section class="div {if (@type = ('chapter', 'section')) then @type else 'div'}">
      <xsl:if test=". intersect c:toc-divs(root(.))">
        <xsl:attribute name="id" select="c:div-id(.)"/>
      </xsl:if>
      <xsl:apply-templates select="@xml:lang" mode="h:lang"/>
      <xsl:apply-templates/>
      <xsl:call-template name="h:chapter-nav"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <!-- h1 is the edition's title; a section is h3 only under a chapter heading of the same document -->
    <xsl:element name="{if (../@type = 'chapter' or empty(preceding::tei:div[@type = 'chapter'])) then 'h2' else 'h3'}">
      <xsl:apply-templates mode="h:text"/>
    </xsl:element>
    <xsl:call-template name="h:notes-after"/>
  </xsl:template>

  <!-- A paragraph, followed by the notes called in it (sidenotes on wide screens). -->
  <xsl:template match="tei:p">
    <div class="para">
      <xsl:apply-templates select="@xml:lang" mode="h:lang"/>
      <p>
        <xsl:apply-templates mode="h:text"/>
      </p>
      <xsl:call-template name="h:notes-after"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:quote">
    <div class="para">
      <xsl:apply-templates select="@xml:lang" mode="h:lang"/>
      <blockquote>
        <p>
          <xsl:apply-templates mode="h:text"/>
        </p>
      </blockquote>
      <xsl:call-template name="h:notes-after"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure>
      <xsl:apply-templates select="* except tei:head"/>
      <xsl:for-each select="tei:head">
        <figcaption>
          <xsl:apply-templates mode="h:text"/>
        </figcaption>
      </xsl:for-each>
    </figure>
  </xsl:template>

  <xsl:template match="tei:figDesc">
    <p class="figdesc">
      <xsl:apply-templates mode="h:text"/>
    </p>
  </xsl:template>

  <!-- Page furniture: the page number in the margin with its running head; fw itself is not text. -->
  <xsl:template match="tei:pb" mode="#default h:text">
    <xsl:variable name="head" select="c:running-head(.)"/>
    <span class="pb" id="{'page-' || (@n, 'at-' || count(preceding::tei:pb) + 1)[1] => replace('[^\p{L}\p{N}_.\-]', '-')}">
      <xsl:if test="$head">
        <xsl:attribute name="title" select="$head"/>
      </xsl:if>
      <span class="pb-n">[<xsl:value-of select="(@n, '–')[1]"/>]</span>
      <xsl:if test="$head">
        <span class="pb-head">
          <xsl:value-of select="$head"/>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:fw" mode="#default h:text"/>

  <!-- An element's own language, for the browser's hyphenation and a reader's voice. -->
  <xsl:template match="@xml:lang" mode="h:lang">
    <xsl:attribute name="lang" select="normalize-space(.)"/>
  </xsl:template>

  <!-- ============================================================ inline -->

  <xsl:template match="tei:lb" mode="h:text">
    <xsl:if test="@rend = 'hyphen'">
      <span class="lb-hyphen" aria-hidden="true">-</span>
    </xsl:if>
    <br class="lb"/>
  </xsl:template>

  <xsl:template match="tei:hi" mode="h:text">
    <xsl:variable name="rend" select="tokenize(@rend)"/>
    <xsl:element name="{if ($rend = ('superscript', 'sup')) then 'sup'
                        else if ($rend = ('subscript', 'sub')) then 'sub'
                        else if ($rend = ('bold', 'b')) then 'b'
                        else if ($rend = ('italic', 'i', 'italics')) then 'i'
                        else 'span'}">
      <xsl:apply-templates mode="h:text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:emph | tei:foreign | tei:term | tei:mentioned | tei:soCalled" mode="h:text">
    <i class="{local-name()}">
      <xsl:apply-templates mode="h:text"/>
    </i>
  </xsl:template>

  <xsl:template match="tei:ref" mode="h:text">
    <xsl:variable name="url" select="c:safe-url(@target)"/>
    <xsl:choose>
      <xsl:when test="$url">
        <a href="{$url}">
          <xsl:apply-templates mode="h:text"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="h:text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    An editorial choice. Both readings are in the page: the reading view shows corr/reg, marked
    and focusable, with what was printed in its title; the diplomatic view shows sic/orig.
  -->
  <xsl:template match="tei:choice" mode="h:text">
    <xsl:variable name="reading" select="(tei:corr, tei:reg, tei:expan)[1]"/>
    <xsl:variable name="source" select="(tei:sic, tei:orig, tei:abbr)[1]"/>
    <xsl:variable name="printed" select="c:source($source/node())"/>
    <xsl:variable name="kind" select="if (tei:corr) then 'corr' else 'reg'"/>
    <xsl:variable name="space-only" select="normalize-space(string($reading)) = '' and $printed = ''"/>
    <span class="choice {$kind}{if ($reading/@cert = 'low') then ' doubtful' else ''}">
      <xsl:choose>
        <xsl:when test="$space-only">
          <span class="rd">
            <xsl:value-of select="$reading"/>
          </span>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="lang" select="c:lang(.)"/>
          <xsl:variable name="shown" select="if ($printed = '') then c:label('nothing', $lang) else $printed"/>
          <span class="rd" tabindex="0" data-printed="{c:label('printed', $lang, $shown)}"
                title="{c:label(if ($kind = 'corr') then 'corrected' else 'normalised', $lang, $shown) || (if ($reading/@cert = 'low') then c:label('doubtful', $lang) else '')}">
            <xsl:apply-templates select="$reading/node()" mode="h:text"/>
          </span>
        </xsl:otherwise>
      </xsl:choose>
      <span class="dp">
        <xsl:apply-templates select="$source/node()" mode="h:text"/>
      </span>
    </span>
  </xsl:template>

  <xsl:template match="text()" mode="h:text">
    <xsl:value-of select="."/>
  </xsl:template>

</xsl:stylesheet>
