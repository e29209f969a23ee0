<?xml version="1.0" encoding="UTF-8"?>
<!-- Citations: bibl with its fields; titles set by level; COinS for reference managers. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    xmlns:h="https://colophon.dev/ns/html"
    exclude-result-prefixes="#all">

  <!-- Works cited: the document's list of distinct works, after the text. -->
  <xsl:template match="tei:back/tei:listBibl">
    <section class="works-cited" aria-labelledby="works-cited-head">
      <xsl:apply-templates select="@xml:lang" mode="h:lang"/>
      <h2 id="works-cited-head">
        <xsl:value-of select="c:works-cited-head(.)"/>
      </h2>
      <ul>
        <xsl:for-each select="tei:bibl">
          <li>
            <xsl:apply-templates select="." mode="h:text"/>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

  <xsl:template match="tei:bibl | tei:biblStruct" mode="h:text">
    <span class="bibl{if (@type = 'archival') then ' archival' else ''}">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id" select="@xml:id"/>
      </xsl:if>
      <xsl:apply-templates mode="h:text"/>
    </span>
    <xsl:if test="self::tei:bibl and not(@corresp)">
      <span class="Z3988" title="{c:openurl(.)}"></span>
    </xsl:if>
  </xsl:template>

  <!-- Monographs, journals and series in italics; an article's title keeps the quotation marks
       the source printed around it. -->
  <xsl:template match="tei:title" mode="h:text">
    <xsl:choose>
      <xsl:when test="c:title-style(.) = 'italic'">
        <cite class="title-{(@level, 'm')[1]}">
          <xsl:apply-templates mode="h:text"/>
        </cite>
      </xsl:when>
      <xsl:otherwise>
        <span class="title-a">
          <xsl:apply-templates mode="h:text"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:author | tei:editor | tei:date | tei:biblScope | tei:citedRange | tei:pubPlace
                       | tei:publisher | tei:orgName | tei:persName | tei:placeName | tei:idno | tei:edition | tei:name"
                mode="h:text">
    <span class="{local-name()}">
      <xsl:apply-templates mode="h:text"/>
    </span>
  </xsl:template>

</xsl:stylesheet>
