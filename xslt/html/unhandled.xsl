<?xml version="1.0" encoding="UTF-8"?>
<!-- Anything the other modules do not know: rendered as its text, never dropped, and named in a
     warning so the gap is seen. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:h="https://colophon.dev/ns/html"
    exclude-result-prefixes="#all">

  <xsl:template match="*" mode="h:text" priority="-2">
    <xsl:message>colophon: unknown element &lt;<xsl:value-of select="name()"/>&gt; rendered as its text</xsl:message>
    <span class="unknown">
      <xsl:apply-templates mode="h:text"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:text//*" priority="-2">
    <xsl:message>colophon: unknown element &lt;<xsl:value-of select="name()"/>&gt; rendered as its text</xsl:message>
    <div class="unknown">
      <xsl:apply-templates mode="h:text"/>
    </div>
  </xsl:template>

</xsl:stylesheet>
