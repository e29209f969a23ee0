<?xml version="1.0" encoding="UTF-8"?>
<!--
  Example stylesheet exercised by example-functions.xspec. It exists only to document how XSpec
  tests are wired into `mvn verify` (see org.colophon.xspec.XSpecTest); it is not part of Colophon's
  real stylesheets, which live under xslt/{common,html,fo}/.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:colophon:example:functions"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Doubles a number. -->
  <xsl:function name="f:double" as="xs:double">
    <xsl:param name="n" as="xs:double"/>
    <xsl:sequence select="$n * 2"/>
  </xsl:function>

  <!-- A named mode turning TEI headings into HTML headings, one level per enclosing div. -->
  <xsl:mode name="f:heading" on-no-match="shallow-skip"/>

  <xsl:template match="tei:head" mode="f:heading">
    <xsl:variable name="level" as="xs:integer" select="min((count(ancestor::tei:div) + 1, 6))"/>
    <xsl:element name="h{$level}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
