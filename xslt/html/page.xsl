<?xml version="1.0" encoding="UTF-8"?>
<!-- The HTML document around the text: head (metadata, inline CSS), view switch, footer, script. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    xmlns:h="https://colophon.dev/ns/html"
    exclude-result-prefixes="#all">

  <!-- Read when the stylesheet is compiled, so every document costs nothing for them. -->
  <xsl:variable name="h:css" static="yes" as="xs:string" select="unparsed-text('colophon.css')"/>
  <xsl:variable name="h:js" static="yes" as="xs:string" select="unparsed-text('colophon.js')"/>

  <xsl:template match="/">
    <xsl:variable name="title" select="c:document-title(.)"/>
    <xsl:variable name="source" select="c:source-title(.)"/>
    <xsl:variable name="lang" select="c:language(.)"/>
    <xsl:variable name="ui" select="c:text-lang(.)"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="$title"/>
        </title>
        <meta name="description" content="{if ($source) then c:label('description-of', $ui, $source) else c:label('description', $ui)}"/>
        <meta name="generator" content="Colophon {$colophon-version}"/>
        <meta name="DC.title" content="{$title}"/>
        <xsl:if test="$source">
          <meta name="DC.source" content="{$source}"/>
        </xsl:if>
        <meta name="DC.language" content="{$lang}"/>
        <meta name="DC.type" content="Text"/>
        <meta name="DC.format" content="text/html"/>
        <style>
          <xsl:value-of select="$h:css"/>
        </style>
      </head>
      <body>
        <header class="masthead">
          <!-- the book's title above the edition's, unless the edition's title already says it -->
          <xsl:if test="$source and not(contains($title, $source))">
            <p class="source-title">
              <xsl:value-of select="$source"/>
            </p>
          </xsl:if>
          <h1>
            <xsl:value-of select="$title"/>
          </h1>
          <!-- the switch inside the masthead (a landmark), each radio button before its label -->
          <div class="views" role="group" aria-label="{c:label('text-view', $ui)}">
            <input type="radio" name="view" id="view-reading" class="view-switch" checked="checked"/>
            <label for="view-reading" title="{c:label('reading-hint', $ui)}">
              <xsl:value-of select="c:label('reading', $ui)"/>
            </label>
            <input type="radio" name="view" id="view-diplomatic" class="view-switch"/>
            <label for="view-diplomatic" title="{c:label('diplomatic-hint', $ui)}">
              <xsl:value-of select="c:label('diplomatic', $ui)"/>
            </label>
          </div>
        </header>
        <xsl:call-template name="h:toc"/>
        <main class="edition">
          <xsl:apply-templates select="tei:TEI/tei:text"/>
        </main>
        <footer class="colophon">
          <p>
            <xsl:value-of select="c:label('colophon', $ui, $colophon-version)"/>
          </p>
        </footer>
        <div id="note-preview" class="note-preview" role="tooltip" hidden="hidden"></div>
        <script>
          <xsl:value-of select="$h:js"/>
        </script>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
