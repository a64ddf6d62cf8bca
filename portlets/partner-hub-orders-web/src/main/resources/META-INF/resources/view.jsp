<%@ page contentType="text/html; charset=UTF-8" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ page import="com.liferay.portal.kernel.util.HtmlUtil" %><%@
page import="com.partnerhub.portal.connector.display.PartnerHubDisplayContext" %>

<portlet:defineObjects />

<%
PartnerHubDisplayContext partnerHubDisplayContext = (PartnerHubDisplayContext)request.getAttribute(PartnerHubDisplayContext.class.getName());
%>

<ph-portlet
	language="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getLanguageId()) %>"
	service-url="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getServiceURL()) %>"
	token-url="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getTokenURL()) %>"
	view="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getView()) %>"
></ph-portlet>

<%-- a classic script: Liferay's single-page navigation runs it when it brings this portlet in, where some 7.4
     releases skip a module script; the import loads the code once, later elements upgrade by themselves --%>
<script>
	import('<%= HtmlUtil.escapeJS(partnerHubDisplayContext.getScriptURL()) %>');
</script>
