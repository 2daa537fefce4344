<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="1">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="{root}">
      <rule key="{rule-0}" symbol="0" label="country · reported" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-1}" symbol="1" label="country · reported · illustrative" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-2}" symbol="2" label="country · reported · sketch" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-3}" symbol="3" label="country · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-4}" symbol="4" label="country · alleged" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-5}" symbol="5" label="country · alleged · illustrative" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-6}" symbol="6" label="country · alleged · sketch" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-7}" symbol="7" label="country · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-8}" symbol="8" label="country · possible" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-9}" symbol="9" label="country · possible · illustrative" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-10}" symbol="10" label="country · possible · sketch" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-11}" symbol="11" label="country · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-12}" symbol="12" label="coca region · reported" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-13}" symbol="13" label="coca region · reported · illustrative" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-14}" symbol="14" label="coca region · reported · sketch" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-15}" symbol="15" label="coca region · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-16}" symbol="16" label="coca region · alleged" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-17}" symbol="17" label="coca region · alleged · illustrative" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-18}" symbol="18" label="coca region · alleged · sketch" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-19}" symbol="19" label="coca region · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-20}" symbol="20" label="coca region · possible" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-21}" symbol="21" label="coca region · possible · illustrative" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-22}" symbol="22" label="coca region · possible · sketch" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-23}" symbol="23" label="coca region · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-24}" symbol="24" label="armed group area · reported" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-25}" symbol="25" label="armed group area · reported · illustrative" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-26}" symbol="26" label="armed group area · reported · sketch" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-27}" symbol="27" label="armed group area · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-28}" symbol="28" label="armed group area · alleged" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-29}" symbol="29" label="armed group area · alleged · illustrative" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-30}" symbol="30" label="armed group area · alleged · sketch" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-31}" symbol="31" label="armed group area · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-32}" symbol="32" label="armed group area · possible" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-33}" symbol="33" label="armed group area · possible · illustrative" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-34}" symbol="34" label="armed group area · possible · sketch" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-35}" symbol="35" label="armed group area · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-36}" symbol="36" label="trafficking hub · reported" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-37}" symbol="37" label="trafficking hub · reported · illustrative" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-38}" symbol="38" label="trafficking hub · reported · sketch" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-39}" symbol="39" label="trafficking hub · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-40}" symbol="40" label="trafficking hub · alleged" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-41}" symbol="41" label="trafficking hub · alleged · illustrative" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-42}" symbol="42" label="trafficking hub · alleged · sketch" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-43}" symbol="43" label="trafficking hub · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-44}" symbol="44" label="trafficking hub · possible" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-45}" symbol="45" label="trafficking hub · possible · illustrative" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-46}" symbol="46" label="trafficking hub · possible · sketch" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-47}" symbol="47" label="trafficking hub · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-48}" symbol="48" label="illegal mining · reported" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-49}" symbol="49" label="illegal mining · reported · illustrative" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-50}" symbol="50" label="illegal mining · reported · sketch" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-51}" symbol="51" label="illegal mining · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-52}" symbol="52" label="illegal mining · alleged" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-53}" symbol="53" label="illegal mining · alleged · illustrative" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-54}" symbol="54" label="illegal mining · alleged · sketch" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-55}" symbol="55" label="illegal mining · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-56}" symbol="56" label="illegal mining · possible" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-57}" symbol="57" label="illegal mining · possible · illustrative" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-58}" symbol="58" label="illegal mining · possible · sketch" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-59}" symbol="59" label="illegal mining · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-60}" symbol="60" label="air departure area · reported" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-61}" symbol="61" label="air departure area · reported · illustrative" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-62}" symbol="62" label="air departure area · reported · sketch" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-63}" symbol="63" label="air departure area · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-64}" symbol="64" label="air departure area · alleged" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-65}" symbol="65" label="air departure area · alleged · illustrative" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-66}" symbol="66" label="air departure area · alleged · sketch" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-67}" symbol="67" label="air departure area · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-68}" symbol="68" label="air departure area · possible" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-69}" symbol="69" label="air departure area · possible · illustrative" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-70}" symbol="70" label="air departure area · possible · sketch" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-71}" symbol="71" label="air departure area · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-72}" symbol="72" label="processing · reported" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-73}" symbol="73" label="processing · reported · illustrative" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-74}" symbol="74" label="processing · reported · sketch" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-75}" symbol="75" label="processing · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-76}" symbol="76" label="processing · alleged" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-77}" symbol="77" label="processing · alleged · illustrative" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-78}" symbol="78" label="processing · alleged · sketch" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-79}" symbol="79" label="processing · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-80}" symbol="80" label="processing · possible" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-81}" symbol="81" label="processing · possible · illustrative" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-82}" symbol="82" label="processing · possible · sketch" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-83}" symbol="83" label="processing · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-84}" symbol="84" label="transit states · reported" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-85}" symbol="85" label="transit states · reported · illustrative" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-86}" symbol="86" label="transit states · reported · sketch" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-87}" symbol="87" label="transit states · reported · sketch · illustrative" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-88}" symbol="88" label="transit states · alleged" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-89}" symbol="89" label="transit states · alleged · illustrative" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-90}" symbol="90" label="transit states · alleged · sketch" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-91}" symbol="91" label="transit states · alleged · sketch · illustrative" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-92}" symbol="92" label="transit states · possible" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-93}" symbol="93" label="transit states · possible · illustrative" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-94}" symbol="94" label="transit states · possible · sketch" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-95}" symbol="95" label="transit states · possible · sketch · illustrative" filter="(&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch') AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
      <rule key="{rule-96}" symbol="96" label="other region" filter="(&quot;kind&quot; NOT IN ('country', 'coca_region', 'armed_group_area', 'trafficking_hub', 'illegal_mining', 'air_departure_area', 'processing', 'transit_states')) AND coalesce(attribute('drawing'), 'located') &lt;&gt; 'illustrative'" />
      <rule key="{rule-97}" symbol="97" label="other region · illustrative" filter="(&quot;kind&quot; NOT IN ('country', 'coca_region', 'armed_group_area', 'trafficking_hub', 'illegal_mining', 'air_departure_area', 'processing', 'transit_states')) AND coalesce(attribute('drawing'), 'located') = 'illustrative'" />
    </rules>
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="1" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="3" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="4" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="5" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="6" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="7" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="8" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="9" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="10" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="11" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="85,85,85,10" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="85,85,85,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="12" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="13" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="14" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="15" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="16" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="17" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="18" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="19" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="20" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="21" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="22" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="23" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="44,160,44,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="44,160,44,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="24" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="25" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="26" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="27" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="28" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="29" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="30" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="31" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="32" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="33" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="34" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="35" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="127,0,0,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="127,0,0,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="36" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="37" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="38" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="39" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="40" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="41" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="42" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="43" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="44" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="45" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="46" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="47" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="255,127,14,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="255,127,14,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="48" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="49" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="50" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="51" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="52" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="53" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="54" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="55" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="56" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="57" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="58" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="59" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="188,189,34,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="188,189,34,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="60" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="61" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="62" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="63" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="64" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="65" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="66" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="67" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="68" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="69" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="70" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="71" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="214,39,40,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="214,39,40,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="72" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="73" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="74" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="75" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="76" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="77" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="78" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="79" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="80" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="81" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="82" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="83" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="227,119,194,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="227,119,194,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="84" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="85" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="86" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="87" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="88" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="89" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="90" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="91" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="92" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="93" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="94" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="95" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="140,109,49,31" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="140,109,49,255" />
            <Option name="outline_style" type="QString" value="dash" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="96" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="119,119,119,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="119,119,119,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="1.5" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="97" alpha="0.45" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" pass="0" locked="0">
          <Option type="Map">
            <Option name="color" type="QString" value="119,119,119,76" />
            <Option name="style" type="QString" value="solid" />
            <Option name="outline_color" type="QString" value="119,119,119,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.9" />
            <Option name="outline_width_unit" type="QString" value="Pixel" />
          </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="rule-based">
    <rules key="{labels-root}">
      <rule key="{labels-0}" description="name" filter="&quot;kind&quot; &lt;&gt; 'country'">
        <settings calloutType="simple">
          <text-style fieldName="name" isExpression="0" fontFamily="Sans Serif" fontSize="9" fontSizeUnit="Point" textColor="51,51,51,255" textOpacity="1" fontItalic="1" fontWeight="50" namedStyle="Regular">
            <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.85" bufferNoFill="1" bufferJoinStyle="128" />
          </text-style>
          <text-format wrapChar="" multilineAlign="3" autoWrapLength="25" useMaxLineLengthForAutoWrap="1" />
          <placement placement="1" dist="1" distUnits="MM" repeatDistance="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" placementFlags="0" centroidInside="1" fitInPolygonOnly="0" />
          <rendering obstacle="1" displayAll="0" mergeLines="0" upsidedownLabels="0" labelPerPart="0" minFeatureSize="0" limitNumLabels="0" scaleVisibility="0" />
        </settings>
      </rule>
    </rules>
  </labeling>
</qgis>
