<?xml version="1.0" encoding="UTF-8"?>
<!--
  Colophon's HTML reading edition: one self-contained HTML5 file per TEI document (CSS inline,
  no request to any other host, a few lines of optional JavaScript).

  Entry stylesheet: imports the shared logic, then includes the topic modules in reading order.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="https://colophon.dev/ns/common"
    xmlns:h="https://colophon.dev/ns/html"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>

  <xsl:include href="page.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="citations.xsl"/>
  <xsl:include href="unhandled.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- Colophon's version, for the generator meta element. -->
  <xsl:param name="colophon-version" as="xs:string" select="'dev'"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="h:text" on-no-match="shallow-skip"/>

</xsl:stylesheet>
