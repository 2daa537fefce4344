<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="Symbology">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="{root}">
      <rule key="{rule-0}" symbol="0" label="country · reported" filter="&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-1}" symbol="1" label="country · reported · sketch" filter="&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-2}" symbol="2" label="country · alleged" filter="&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-3}" symbol="3" label="country · alleged · sketch" filter="&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-4}" symbol="4" label="country · possible" filter="&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-5}" symbol="5" label="country · possible · sketch" filter="&quot;kind&quot; = 'country' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-6}" symbol="6" label="coca region · reported" filter="&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-7}" symbol="7" label="coca region · reported · sketch" filter="&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-8}" symbol="8" label="coca region · alleged" filter="&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-9}" symbol="9" label="coca region · alleged · sketch" filter="&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-10}" symbol="10" label="coca region · possible" filter="&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-11}" symbol="11" label="coca region · possible · sketch" filter="&quot;kind&quot; = 'coca_region' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-12}" symbol="12" label="armed group area · reported" filter="&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-13}" symbol="13" label="armed group area · reported · sketch" filter="&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-14}" symbol="14" label="armed group area · alleged" filter="&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-15}" symbol="15" label="armed group area · alleged · sketch" filter="&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-16}" symbol="16" label="armed group area · possible" filter="&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-17}" symbol="17" label="armed group area · possible · sketch" filter="&quot;kind&quot; = 'armed_group_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-18}" symbol="18" label="trafficking hub · reported" filter="&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-19}" symbol="19" label="trafficking hub · reported · sketch" filter="&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-20}" symbol="20" label="trafficking hub · alleged" filter="&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-21}" symbol="21" label="trafficking hub · alleged · sketch" filter="&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-22}" symbol="22" label="trafficking hub · possible" filter="&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-23}" symbol="23" label="trafficking hub · possible · sketch" filter="&quot;kind&quot; = 'trafficking_hub' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-24}" symbol="24" label="illegal mining · reported" filter="&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-25}" symbol="25" label="illegal mining · reported · sketch" filter="&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-26}" symbol="26" label="illegal mining · alleged" filter="&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-27}" symbol="27" label="illegal mining · alleged · sketch" filter="&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-28}" symbol="28" label="illegal mining · possible" filter="&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-29}" symbol="29" label="illegal mining · possible · sketch" filter="&quot;kind&quot; = 'illegal_mining' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-30}" symbol="30" label="air departure area · reported" filter="&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-31}" symbol="31" label="air departure area · reported · sketch" filter="&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-32}" symbol="32" label="air departure area · alleged" filter="&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-33}" symbol="33" label="air departure area · alleged · sketch" filter="&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-34}" symbol="34" label="air departure area · possible" filter="&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-35}" symbol="35" label="air departure area · possible · sketch" filter="&quot;kind&quot; = 'air_departure_area' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-36}" symbol="36" label="processing · reported" filter="&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-37}" symbol="37" label="processing · reported · sketch" filter="&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-38}" symbol="38" label="processing · alleged" filter="&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-39}" symbol="39" label="processing · alleged · sketch" filter="&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-40}" symbol="40" label="processing · possible" filter="&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-41}" symbol="41" label="processing · possible · sketch" filter="&quot;kind&quot; = 'processing' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-42}" symbol="42" label="transit states · reported" filter="&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-43}" symbol="43" label="transit states · reported · sketch" filter="&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'reported' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-44}" symbol="44" label="transit states · alleged" filter="&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-45}" symbol="45" label="transit states · alleged · sketch" filter="&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'alleged' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-46}" symbol="46" label="transit states · possible" filter="&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; &lt;&gt; 'sketch'" />
      <rule key="{rule-47}" symbol="47" label="transit states · possible · sketch" filter="&quot;kind&quot; = 'transit_states' AND &quot;confidence&quot; = 'possible' AND &quot;geometry_kind&quot; = 'sketch'" />
      <rule key="{rule-48}" symbol="48" label="other region" filter="&quot;kind&quot; NOT IN ('country', 'coca_region', 'armed_group_area', 'trafficking_hub', 'illegal_mining', 'air_departure_area', 'processing', 'transit_states')" />
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
      <symbol type="fill" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="3" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="5" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="6" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="7" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="8" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="9" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="10" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="11" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="12" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="13" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="14" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="15" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="16" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="17" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="18" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="19" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="20" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="21" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="22" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="23" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="24" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="25" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="26" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="27" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="28" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="29" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="30" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="31" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="32" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="33" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="34" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="35" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="36" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="37" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="38" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="39" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="40" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="41" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="42" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="43" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="44" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="45" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="46" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="47" alpha="1" clip_to_extent="1" force_rhr="0">
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
      <symbol type="fill" name="48" alpha="1" clip_to_extent="1" force_rhr="0">
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
    </symbols>
  </renderer-v2>
</qgis>
