<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes: the call in the text links to the note, the note links back to its call. Notes
  follow the paragraph that calls them; the stylesheet sets them in the margin on wide screens.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    xmlns:h="https://colophon.dev/ns/html"
    exclude-result-prefixes="#all">

  <!-- The call, where the note stands in the text. -->
  <xsl:template match="tei:note" mode="h:text">
    <a class="noteref" role="doc-noteref" id="{c:call-id(.)}" href="#{c:note-id(.)}"
       aria-label="{c:label('note', c:lang(..), c:note-label(.))}">
      <xsl:value-of select="c:note-label(.)"/>
    </a>
  </xsl:template>

  <!-- The notes called in the context block, in order, after it, in one box: on wide screens the
       box stands in the margin beside the block and out of its flow, so that long notes never
       push the next block down. -->
  <xsl:template name="h:notes-after">
    <xsl:variable name="notes" select=".//tei:note[not(ancestor::tei:note)]"/>
    <xsl:if test="exists($notes)">
      <div class="notes">
        <xsl:apply-templates select="$notes" mode="h:note"/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A note standing alone at page level (continued from the previous page, or its call lost). -->
  <xsl:template match="tei:note">
    <xsl:apply-templates select="." mode="h:note"/>
  </xsl:template>

  <xsl:template match="tei:note" mode="h:note">
    <aside class="note{if (@type = 'continued') then ' continued' else ''}" role="doc-footnote" id="{c:note-id(.)}">
      <xsl:apply-templates select="@xml:lang" mode="h:lang"/>
      <xsl:choose>
        <xsl:when test="c:has-call(.)">
          <a class="backlink" role="doc-backlink" href="#{c:call-id(.)}"
             aria-label="{c:label('back-to-call', c:lang(..), c:note-label(.))}">
            <xsl:value-of select="c:note-label(.)"/>
          </a>
        </xsl:when>
        <xsl:otherwise>
          <span class="note-label" title="{c:label(if (@type = 'continued') then 'continued' else 'no-call', c:lang(..))}">
            <xsl:value-of select="c:note-label(.)"/>
          </span>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <span class="note-body">
        <xsl:apply-templates mode="h:text"/>
      </span>
    </aside>
  </xsl:template>

</xsl:stylesheet>
