<%@ page contentType="text/html; charset=UTF-8" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ page import="com.liferay.portal.kernel.util.HtmlUtil" %><%@
page import="com.partnerhub.portal.connector.display.PartnerHubDisplayContext" %>

<portlet:defineObjects />

<%
PartnerHubDisplayContext partnerHubDisplayContext = (PartnerHubDisplayContext)request.getAttribute(PartnerHubDisplayContext.class.getName());
%>

<script src="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getScriptURL()) %>" type="module"></script>

<ph-portlet
	language="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getLanguageId()) %>"
	service-url="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getServiceURL()) %>"
	token-url="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getTokenURL()) %>"
	view="<%= HtmlUtil.escapeAttribute(partnerHubDisplayContext.getView()) %>"
></ph-portlet>
